// Small conveniences on top of pages that work without script.
(function () {
  document.addEventListener("click", function (event) {
    if (event.target.closest && event.target.closest("[data-print]")) {
      window.print();
    }
  });

  document.addEventListener("submit", function (event) {
    var question = event.target.getAttribute("data-confirm");
    if (question && !window.confirm(question)) {
      event.preventDefault();
    }
  });

  document.addEventListener("keydown", function (event) {
    var target = event.target;
    // In an edit form: Ctrl+Enter saves, Escape cancels.
    var form = target.closest && target.closest("form.edit-form");
    if (form) {
      if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) {
        event.preventDefault();
        form.requestSubmit();
      } else if (event.key === "Escape") {
        var cancel = form.querySelector("a.button");
        if (cancel) {
          event.preventDefault();
          cancel.click();
        }
      }
      return;
    }
    // On a focused paragraph: e edits it, j/k move to the next/previous one.
    if (target.classList && target.classList.contains("clause") && !event.ctrlKey && !event.metaKey && !event.altKey) {
      if (event.key === "e") {
        var edit = target.querySelector("a.edit-link");
        if (edit) {
          event.preventDefault();
          edit.click();
        }
      } else if (event.key === "j" || event.key === "k") {
        var sibling = event.key === "j" ? target.nextElementSibling : target.previousElementSibling;
        if (sibling && sibling.classList.contains("clause")) {
          event.preventDefault();
          sibling.focus();
        }
      }
    }
  });

  // In the review queue: a accepts, r rejects the focused suggestion; j/k move.
  document.addEventListener("keydown", function (event) {
    var item = event.target;
    if (!item.classList || !item.classList.contains("queue-item") || event.ctrlKey || event.metaKey || event.altKey) {
      return;
    }
    var next = item.nextElementSibling || item.previousElementSibling;
    if (event.key === "a" || event.key === "r") {
      var form = item.querySelector(event.key === "a" ? "form.accept" : "form.reject");
      if (form) {
        event.preventDefault();
        form.requestSubmit();
        if (next && next.classList.contains("queue-item")) {
          next.focus();
        }
      }
    } else if (event.key === "j" || event.key === "k") {
      var sibling = event.key === "j" ? item.nextElementSibling : item.previousElementSibling;
      if (sibling && sibling.classList.contains("queue-item")) {
        event.preventDefault();
        sibling.focus();
      }
    }
  });

  // Live changes by others. A changed paragraph is fetched (the same fragment the page shows,
  // access-checked as the page) and swapped in place; a paragraph the reader is editing is left
  // alone and says who changed it. Changes that reorder the page offer a reload. Each change is
  // announced in the page's live region. data-live lists the event types the page shows.
  var live = document.querySelector("[data-events]");
  if (live && window.EventSource) {
    var me = live.getAttribute("data-me");
    var shows = (live.getAttribute("data-live") || "").split(" ");
    var notice = document.getElementById("live-changes");
    var announcer = document.getElementById("live-announcer");
    var source = new EventSource(live.getAttribute("data-events"));
    window.deskEvents = source;
    var announce = function (text) {
      if (announcer) {
        announcer.textContent = text;
      }
    };
    var offerReload = function (text) {
      if (!notice) {
        return;
      }
      notice.textContent = text + " ";
      var reload = document.createElement("a");
      reload.href = window.location.pathname + window.location.search;
      reload.textContent = "Reload to see it";
      notice.appendChild(reload);
      notice.hidden = false;
    };
    var fetchHtml = function (url) {
      return fetch(url, { headers: { "Accept": "text/html" }, credentials: "same-origin" }).then(function (r) {
        if (!r.ok) {
          throw new Error(r.status);
        }
        return r.text();
      }).then(function (html) {
        return new DOMParser().parseFromString(html, "text/html");
      });
    };
    var isEditing = function (element) {
      return element.classList.contains("editing") ||
        Array.prototype.some.call(element.querySelectorAll("textarea, input:not([type=hidden])"), function (field) {
          return field.value !== field.defaultValue || field === document.activeElement;
        });
    };
    var place = function (old, fresh) {
      old.replaceWith(fresh);
      fresh.classList.add("changed-elsewhere");
      if (window.htmx) {
        window.htmx.process(fresh);
      }
    };
    source.onmessage = function (message) {
      var event;
      try {
        event = JSON.parse(message.data);
      } catch (e) {
        return;
      }
      if (event.actor === me || shows.indexOf(event.type) < 0) {
        return;
      }
      var who = event.actorName || event.actor;
      var what = event.type.replace(/-/g, " ");
      var label = event.label || "a paragraph";
      var id = "clause-" + event.clauseId;
      var here = event.clauseId && document.getElementById(id);
      var fragment = live.getAttribute("data-fragment");
      if (here && isEditing(here)) {
        var mark = here.querySelector(".edited-elsewhere");
        if (!mark) {
          mark = document.createElement("p");
          mark.className = "notice edited-elsewhere";
          (here.querySelector("form") || here).before(mark);
        }
        mark.textContent = who + " changed this paragraph. Your text is kept: saving shows both versions to merge.";
        announce(who + " changed " + label + ", which you are editing.");
        return;
      }
      if (here && fragment && (event.type === "clause-edited" || event.type === "comment")) {
        fetchHtml(fragment.replace("{id}", event.clauseId)).then(function (doc) {
          var fresh = doc.getElementById(id);
          if (fresh) {
            place(here, fresh);
            announce(label + " " + (event.type === "comment" ? "has a new comment or proposal" : "was changed") + " by " + who + ".");
          }
        }).catch(function () {
          offerReload(label + " was changed by " + who + ".");
        });
        return;
      }
      if (here && event.type === "clause-deleted" && !/[?&]deleted=true/.test(window.location.search)) {
        here.remove();
        announce(label + " was deleted by " + who + ".");
        return;
      }
      if (event.type === "revision-issued") {
        offerReload((event.label || "A revision") + " was issued by " + who + ".");
        announce((event.label || "A revision") + " was issued by " + who + ".");
        return;
      }
      if (here) {
        here.classList.add("changed-elsewhere");
      }
      offerReload(label.charAt(0).toUpperCase() + label.slice(1) + ": " + what + " by " + who + ".");
      announce(label + ": " + what + " by " + who + ".");
    };
  }

  // A form shown again after a refusal: open what hides it and put the cursor in the refused field.
  var refused = document.querySelector("[aria-invalid='true']");
  if (refused) {
    for (var d = refused.closest("details"); d; d = d.parentElement && d.parentElement.closest("details")) {
      d.open = true;
    }
    refused.focus();
  }

  // After htmx puts an edit form in place, put the cursor in it.
  document.addEventListener("htmx:afterSwap", function (event) {
    var area = event.detail.target && document.querySelector("#" + event.detail.target.id + " textarea");
    if (area) {
      area.focus();
    }
  });
})();
