package org.urbansdg.member;

import java.util.HashMap;
import java.util.Map;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.urbansdg.shared.DemoContent;

/** Demo cities and organisations, loaded once into an empty database. */
@Component
@Profile("demo")
@Order(10)
class DemoMembers implements ApplicationRunner {

	private final Members members;

	private final DemoContent demo;

	DemoMembers(Members members, DemoContent demo) {
		this.members = members;
		this.demo = demo;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!members.cities().isEmpty()) {
			return;
		}
		Map<String, Long> cityIds = new HashMap<>();
		for (Map<String, Object> c : demo.section("cities")) {
			City city = members.addCity((String) c.get("name"), (String) c.get("country"),
					number(c.get("latitude")), number(c.get("longitude")),
					c.get("population") == null ? null : ((Number) c.get("population")).longValue());
			cityIds.put((String) c.get("key"), city.getId());
		}
		for (Map<String, Object> o : demo.section("organisations")) {
			members.addOrganisation((String) o.get("name"), Organisation.Type.valueOf((String) o.get("type")),
					(String) o.get("country"), cityIds.get((String) o.get("city")),
					Organisation.Membership.valueOf((String) o.get("membership")), (String) o.get("website"));
		}
	}

	private static Double number(Object value) {
		return value == null ? null : ((Number) value).doubleValue();
	}
}
