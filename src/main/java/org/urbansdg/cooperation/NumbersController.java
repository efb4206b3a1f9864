package org.urbansdg.cooperation;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The public page "Cooperation in numbers". */
@Controller
class NumbersController {

	private final Numbers numbers;

	NumbersController(Numbers numbers) {
		this.numbers = numbers;
	}

	@GetMapping("/cooperation/numbers")
	String numbers(Model model) {
		model.addAttribute("numbers", numbers.summary());
		return "cooperation/numbers";
	}
}
