package org.urbansdg.cooperation;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.urbansdg.account.Actor;
import org.urbansdg.shared.UploadCheck;

/**
 * What the request page's thread and milestones fragments ({@code cooperation/thread :: thread},
 * {@code cooperation/milestones :: milestones}) read from the model. Rendering the page marks the thread read.
 */
@Component
class ThreadModel {

	private final CooperationThreads threads;

	private final CooperationMilestones milestones;

	private final UploadCheck uploads;

	ThreadModel(CooperationThreads threads, CooperationMilestones milestones, UploadCheck uploads) {
		this.threads = threads;
		this.milestones = milestones;
		this.uploads = uploads;
	}

	void addTo(Model model, Actor actor, long requestId) {
		model.addAttribute("thread", threads.read(actor, requestId));
		model.addAttribute("milestones", milestones.list(actor, requestId));
		model.addAttribute("threadMaxUploadMb", uploads.maxSize().toMegabytes());
		// After a refused form the redirect brings the form as typed, with its errors (ThreadController).
		if (!model.containsAttribute("messageForm")) {
			model.addAttribute("messageForm", MessageForm.empty());
		}
		if (!model.containsAttribute("milestoneForm")) {
			model.addAttribute("milestoneForm", MilestoneForm.empty());
		}
	}
}
