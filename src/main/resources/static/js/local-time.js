// Shows an event's start in the viewer's own time zone too, next to the time in the event's zone. Without
// JavaScript the page still shows the event's zone and UTC.
document.addEventListener("DOMContentLoaded", function () {
  var zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  var lang = document.documentElement.lang || undefined;
  document.querySelectorAll("time[data-viewer-time]").forEach(function (time) {
    var when = new Date(time.getAttribute("datetime"));
    if (isNaN(when.getTime())) {
      return;
    }
    var local = document.createElement("span");
    local.className = "viewer-time";
    local.textContent = " (" + when.toLocaleString(lang, { dateStyle: "medium", timeStyle: "short" }) + " " + zone + ")";
    time.insertAdjacentElement("afterend", local);
  });
});
