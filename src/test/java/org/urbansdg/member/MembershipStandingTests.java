package org.urbansdg.member;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An organisation is in good standing only while its membership is active: votes, nominations and courses for members
 * ask this of it.
 */
class MembershipStandingTests {

	@Test
	void onlyAnActiveMembershipIsInGoodStanding() {
		assertThat(organisation(Organisation.Membership.ACTIVE).isInGoodStanding()).isTrue();
		assertThat(organisation(Organisation.Membership.PENDING).isInGoodStanding()).isFalse();
		assertThat(organisation(Organisation.Membership.LAPSED).isInGoodStanding()).isFalse();
	}

	static Organisation organisation(Organisation.Membership membership) {
		return new Organisation("Da Nang People's Committee", Organisation.Type.LOCAL_GOVERNMENT, "VN", null, membership,
				null);
	}
}
