// The dispatcher's plan: drag a lot (a pickup in a vehicle's timeline, or a lot left uncollected) onto another
// vehicle's route to pin it there. A drop does what the lot's "Assegna al veicolo" choice and "Ripianifica" do: it sets
// that choice in the re-plan form and sends the form (the same endpoint, with the form's CSRF field and the other pins
// as they stand), so the day is planned again with the lot at the head of that vehicle's route. The choices stay the
// way to do it with the keyboard, on a phone, or for several lots at once. HTML5 drag and drop; no library.
(function () {
  "use strict";

  let dragging = null;

  function format(template, values) {
    return (template || "").replace(/\{(\d+)}/g, (all, i) => (values[i] === undefined ? "" : values[i]));
  }

  function say(kind, values) {
    const status = document.getElementById("food-drag-status");
    if (status) {
      status.textContent = format(status.getAttribute("data-text-" + kind), values);
    }
  }

  function target(event) {
    const element = event.target instanceof Element ? event.target : event.target.parentElement;
    return element ? element.closest(".food-drop[data-vehicle]") : null;
  }

  function clear() {
    document.body.classList.remove("food-dragging");
    document.querySelectorAll(".food-drop-over, .food-drag-source")
      .forEach((e) => e.classList.remove("food-drop-over", "food-drag-source"));
  }

  // Sets the lot's choice to the vehicle and sends the re-plan form; false when the form cannot pin this lot there.
  function pin(lot, name, vehicle) {
    const form = document.getElementById("replan");
    const choice = document.getElementById("pin-" + lot);
    if (!form || !choice || choice.disabled
      || !Array.prototype.some.call(choice.options, (o) => o.value === vehicle)) {
      say("refused", [lot]);
      return false;
    }
    choice.value = vehicle;
    say("drop", [name, lot, vehicle]);
    document.body.classList.add("food-replanning");
    if (form.requestSubmit) {
      form.requestSubmit();
    } else {
      form.submit();
    }
    return true;
  }

  document.addEventListener("dragstart", (event) => {
    const source = event.target instanceof Element ? event.target.closest("[data-drag-lot]") : null;
    if (!source || document.body.classList.contains("food-replanning")) {
      return;
    }
    dragging = { lot: source.dataset.dragLot, name: source.dataset.dragName || source.dataset.dragLot,
      from: source.dataset.dragFrom || "" };
    event.dataTransfer.setData("text/plain", dragging.lot);
    event.dataTransfer.effectAllowed = "move";
    source.classList.add("food-drag-source");
    document.body.classList.add("food-dragging");
  });

  document.addEventListener("dragover", (event) => {
    const over = target(event);
    if (!dragging || !over) {
      return;
    }
    if (over.dataset.vehicle === dragging.from) {
      event.dataTransfer.dropEffect = "none";
      return;
    }
    event.preventDefault();
    event.dataTransfer.dropEffect = "move";
    document.querySelectorAll(".food-drop-over").forEach((e) => e !== over && e.classList.remove("food-drop-over"));
    over.classList.add("food-drop-over");
  });

  document.addEventListener("dragleave", (event) => {
    const left = target(event);
    if (left && !(event.relatedTarget instanceof Node && left.contains(event.relatedTarget))) {
      left.classList.remove("food-drop-over");
    }
  });

  document.addEventListener("drop", (event) => {
    const over = target(event);
    if (!over || !dragging) {
      return;
    }
    event.preventDefault();
    const lot = dragging;
    dragging = null;
    clear();
    if (over.dataset.vehicle === lot.from) {
      say("same", [lot.name, lot.from]);
      return;
    }
    pin(lot.lot, lot.name, over.dataset.vehicle);
  });

  document.addEventListener("dragend", () => {
    dragging = null;
    clear();
  });
})();
