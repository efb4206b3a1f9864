// Target suggestions on the case form. The panel needs JavaScript (htmx fetches the suggestions), so it is hidden in
// the page and shown here. Accept ticks the target among "Other targets"; reject hides it and remembers it in a
// hidden field, so later suggestions on this form leave it out. Each choice is announced in the live region.
document.addEventListener("DOMContentLoaded", function () {
  var panel = document.querySelector("[data-suggest-panel]");
  if (!panel) {
    return;
  }
  panel.hidden = false;
  var status = document.getElementById("target-suggestions-status");
  var rejected = panel.querySelector("[data-suggest-rejected]");
  var suggestButton = document.getElementById("suggest-targets");

  panel.addEventListener("click", function (event) {
    var button = event.target.closest("button[data-accept], button[data-reject]");
    if (!button) {
      return;
    }
    var item = button.closest("li");
    var code = button.getAttribute("data-accept") || button.getAttribute("data-reject");
    if (button.hasAttribute("data-accept")) {
      var boxes = button.form.querySelectorAll('input[name="targets"]');
      for (var i = 0; i < boxes.length; i++) {
        if (boxes[i].value === code) {
          boxes[i].checked = true;
          var details = boxes[i].closest("details");
          if (details) {
            details.open = true;
          }
        }
      }
    } else {
      var input = document.createElement("input");
      input.type = "hidden";
      input.name = "suggestRejected";
      input.value = code;
      rejected.appendChild(input);
    }
    status.textContent = button.getAttribute("data-done");
    var next = item.nextElementSibling || item.previousElementSibling;
    item.remove();
    (next ? next.querySelector("button") : suggestButton).focus();
  });
});
