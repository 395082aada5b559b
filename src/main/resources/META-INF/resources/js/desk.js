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
      // Presence (who is on which paragraph) is no change: js/presence.js shows it.
      if (event.actor === me || event.type === "presence" || shows.indexOf(event.type) < 0) {
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

  // Quoting: words selected in a clause's text go into the "quoted words" field of the comment form on
  // that clause (the field is there, and works, without script).
  function quotableAround(range) {
    var node = range.commonAncestorContainer;
    var element = node.nodeType === 1 ? node : node.parentElement;
    return element && element.closest ? element.closest("[data-quotable]") : null;
  }
  document.querySelectorAll("[data-quote-for]").forEach(function (field) {
    var hint = field.parentElement.querySelector(".quote-hint");
    if (hint) {
      hint.hidden = false;
    }
  });
  document.addEventListener("selectionchange", function () {
    var selection = window.getSelection();
    if (!selection || selection.isCollapsed || selection.rangeCount === 0) {
      return;
    }
    var clause = quotableAround(selection.getRangeAt(0));
    var field = clause && document.querySelector('[data-quote-for="' + clause.getAttribute("data-quotable") + '"]');
    var words = selection.toString().replace(/\s+/g, " ").trim();
    if (!field || !words) {
      return;
    }
    field.value = words;
    var details = field.closest("details");
    if (details) {
      details.open = true;
    }
  });

  // On an issued revision's page: words selected in a paragraph offer a link to comment on them.
  var commentAt = document.querySelector("[data-comment-at]");
  if (commentAt) {
    var quoteLink = document.createElement("a");
    quoteLink.className = "quote-link no-print";
    quoteLink.textContent = "Comment on the selected words";
    quoteLink.hidden = true;
    document.addEventListener("selectionchange", function () {
      var selection = window.getSelection();
      if (!selection || selection.isCollapsed || selection.rangeCount === 0) {
        return;
      }
      var range = selection.getRangeAt(0);
      var node = range.commonAncestorContainer;
      var element = node.nodeType === 1 ? node : node.parentElement;
      var paragraph = element && element.closest ? element.closest('p.para[id^="p-"]') : null;
      if (!paragraph || !commentAt.contains(paragraph)) {
        return;
      }
      var chosen = range.cloneContents();
      chosen.querySelectorAll(".num").forEach(function (number) {
        number.remove();
      });
      var words = chosen.textContent.replace(/\s+/g, " ").trim();
      if (!words) {
        return;
      }
      var id = paragraph.id.substring(2);
      quoteLink.href = commentAt.getAttribute("data-comment-at") + "?clause=" + id + "&quote=" + encodeURIComponent(words) + "#clause-" + id;
      quoteLink.hidden = false;
      paragraph.insertAdjacentElement("afterend", quoteLink);
    });
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

// Keyboard and screen-reader users: focus never drops to the page body when htmx swaps a part of
// the page. An inline edit, closed by Esc, Cancel or Save, gives focus back to what opened it (the
// paragraph or its Edit button); a suggestion accepted or rejected in the review queue hands focus
// to the next one (or, when none is left, to the queue's heading) and says what happened.
(function () {
  var openedFrom = {};
  var queueNext = null;

  function queueItem(element) {
    return element && element.classList && element.classList.contains("queue-item") ? element : null;
  }

  document.addEventListener("htmx:beforeRequest", function (event) {
    var elt = event.detail.elt;
    if (!elt || !elt.closest) {
      return;
    }
    if (elt.classList.contains("edit-link")) {
      var clause = elt.closest("article.clause");
      if (clause) {
        openedFrom[clause.id] = document.activeElement === clause ? "paragraph" : "button";
      }
    }
    var item = elt.closest("li.queue-item");
    if (item && elt.matches("form.accept, form.reject")) {
      queueNext = {
        id: item.id,
        item: queueItem(item.nextElementSibling) || queueItem(item.previousElementSibling),
        verb: elt.matches("form.accept") ? "Accepted" : "Rejected",
      };
    }
  });

  // After settling: htmx first gives a swapped-in element the attributes of the one it replaces.
  document.addEventListener("htmx:afterSettle", function (event) {
    var now = event.target;
    if (now && now.id && openedFrom[now.id] && now.matches("article.clause") && !now.classList.contains("editing")) {
      var edit = now.querySelector("a.edit-link");
      (openedFrom[now.id] === "paragraph" || !edit ? now : edit).focus();
      delete openedFrom[now.id];
    }
  });

  // A decided suggestion leaves nothing in its place, so no swap event: afterRequest bubbles from the list.
  document.addEventListener("htmx:afterRequest", function () {
    if (!queueNext || document.getElementById(queueNext.id)) {
      return;
    }
    var left = document.querySelectorAll("li.queue-item").length;
    var count = document.querySelector(".queue-count");
    if (count) {
      count.textContent = left + " suggestions waiting";
    }
    var status = document.getElementById("queue-status");
    if (status) {
      status.textContent = queueNext.verb + ". " + left + " suggestion" + (left === 1 ? "" : "s") + " left.";
    }
    var active = document.activeElement;
    if (!active || active === document.body || !active.isConnected) {
      var next = queueNext.item && queueNext.item.isConnected ? queueNext.item : document.getElementById("review-queue");
      if (next) {
        next.focus();
      }
    }
    queueNext = null;
  });
})();
