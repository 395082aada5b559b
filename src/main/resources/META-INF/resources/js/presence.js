// Presence on the draft page: tells the others which paragraph has this page's focus (a heartbeat
// while it keeps it) and shows, next to each paragraph, who else is reading or editing it.
(function () {
  var draft = document.querySelector("[data-presence]");
  if (!draft || !window.fetch || !window.JSON) {
    return;
  }
  var url = draft.getAttribute("data-presence");
  var me = draft.getAttribute("data-me");
  var token = "";
  try {
    token = JSON.parse(document.body.getAttribute("hx-headers") || "{}")["X-CSRF-Token"] || "";
  } catch (e) {
    token = "";
  }
  var present = {};
  var enabled = true;
  var mine = null;
  var lastSent = 0;
  var RESEND_MS = 10000;

  function render() {
    var now = Date.now();
    Array.prototype.forEach.call(document.querySelectorAll(".presence-chips"), function (el) {
      el.parentNode.removeChild(el);
    });
    var byClause = {};
    Object.keys(present).forEach(function (user) {
      var p = present[user];
      if (p.until < now) {
        delete present[user];
        return;
      }
      (byClause[p.clauseId] = byClause[p.clauseId] || []).push(p);
    });
    Object.keys(byClause).forEach(function (clauseId) {
      var clause = document.getElementById("clause-" + clauseId);
      if (!clause) {
        return;
      }
      var body = clause.querySelector(".body") || clause;
      var list = document.createElement("ul");
      list.className = "presence-chips";
      list.setAttribute("aria-label", "Others on " + (clause.getAttribute("aria-label") || "this paragraph"));
      byClause[clauseId].forEach(function (p) {
        var item = document.createElement("li");
        item.className = "presence-" + p.activity;
        item.setAttribute("data-user", p.user);
        item.textContent = p.name + (p.delegation ? " (" + p.delegation + ")" : "") + " is " + p.activity;
        list.appendChild(item);
      });
      var text = body.querySelector(".text");
      if (text && text.parentNode === body) {
        body.insertBefore(list, text.nextSibling);
      } else {
        body.insertBefore(list, body.firstChild);
      }
    });
  }

  function remember(user, clauseId, name, delegation, activity, ms) {
    if (user === me) {
      return;
    }
    present[user] = { user: user, clauseId: clauseId, name: name || user, delegation: delegation, activity: activity, until: Date.now() + ms };
  }

  function focused() {
    var el = document.activeElement;
    var clause = el && el.closest && el.closest("article.clause");
    if (!clause || !/^clause-\d+$/.test(clause.id)) {
      return null;
    }
    return { clauseId: Number(clause.id.substring(7)), activity: clause.classList.contains("editing") ? "editing" : "viewing" };
  }

  function beat() {
    if (!enabled || document.hidden) {
      return;
    }
    var focus = focused();
    if (!focus) {
      return;
    }
    var key = focus.clauseId + ":" + focus.activity;
    if (key === mine && Date.now() - lastSent < RESEND_MS) {
      return;
    }
    mine = key;
    lastSent = Date.now();
    fetch(url, {
      method: "POST",
      credentials: "same-origin",
      headers: { "Content-Type": "application/json", "X-CSRF-Token": token },
      body: JSON.stringify(focus)
    }).then(function (answer) {
      if (answer.status === 403) {
        enabled = false;
      }
    }, function () {});
  }

  fetch(url, { credentials: "same-origin", headers: { Accept: "application/json" } })
    .then(function (answer) {
      if (!answer.ok) {
        enabled = answer.status !== 403;
        return [];
      }
      return answer.json();
    })
    .then(function (list) {
      list.forEach(function (p) {
        remember(p.username, p.clauseId, p.displayName, p.delegation, p.activity, Date.parse(p.expiresAt) - Date.parse(p.seenAt));
      });
      render();
    }, function () {});

  if (window.deskEvents) {
    window.deskEvents.addEventListener("message", function (message) {
      var event;
      try {
        event = JSON.parse(message.data);
      } catch (e) {
        return;
      }
      if (event.type !== "presence") {
        return;
      }
      if (event.activity === "left") {
        delete present[event.actor];
      } else {
        remember(event.actor, event.clauseId, event.displayName, event.delegation, event.activity, (event.expiresInSeconds || 30) * 1000);
      }
      render();
    });
  }

  document.addEventListener("focusin", beat);
  document.addEventListener("htmx:afterSwap", function () {
    render();
    beat();
  });
  setInterval(function () {
    beat();
    render();
  }, 3000);
  window.addEventListener("pagehide", function () {
    if (mine && enabled) {
      fetch(url, { method: "DELETE", keepalive: true, credentials: "same-origin", headers: { "X-CSRF-Token": token } });
    }
  });
})();
