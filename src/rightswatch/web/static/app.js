// Keyboard review on the queue page: j/k move, a accept, r reject (asks a reason), m merge, e edit, Enter open.
(function () {
  var items = Array.prototype.slice.call(document.querySelectorAll("li.candidate"));
  if (!items.length) return;
  var at = 0;
  function select(i) {
    items[at].classList.remove("selected");
    at = Math.max(0, Math.min(items.length - 1, i));
    items[at].classList.add("selected");
    items[at].scrollIntoView({block: "nearest"});
  }
  select(0);
  document.addEventListener("keydown", function (ev) {
    if (ev.target.tagName === "INPUT") return;
    var item = items[at];
    if (ev.key === "j") select(at + 1);
    else if (ev.key === "k") select(at - 1);
    else if (ev.key === "a") item.querySelector("form button.accept").click();
    else if (ev.key === "r") { var r = item.querySelector("form.reject input[name=reason]"); r.focus(); ev.preventDefault(); }
    else if (ev.key === "m") { var m = item.querySelector("form.merge input[name=into]"); m.focus(); ev.preventDefault(); }
    else if (ev.key === "e") window.location = item.querySelector("a.edit").href;
    else if (ev.key === "Enter") window.location = "/events/" + item.dataset.id;
  });
})();
