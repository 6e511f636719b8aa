/* FormEngine forms: progressive enhancement only. The server renders every field a resident may need and decides
   everything that counts; this script just hides fields whose condition (data-fe-when) is false while the resident
   types, and updates computed values (data-fe-compute). Conditions arrive as JSON trees (see ExpressionJson) and are
   interpreted here: no eval, no Function constructor, no inline code, so a strict Content-Security-Policy holds. */
(function () {
  "use strict";

  function isTrue(v) { return v === true; }
  function isList(v) { return Array.isArray(v); }

  function equal(a, b) {
    if (a === null || b === null) return a === null && b === null;
    if (isList(a) && isList(b)) {
      if (a.length !== b.length) return false;
      for (var i = 0; i < a.length; i++) if (!equal(a[i], b[i])) return false;
      return true;
    }
    if (typeof a === "number" && typeof b === "number") return compareNumbers(a, b) === 0;
    return typeof a === typeof b && a === b;
  }

  /* The server counts in decimals and the browser in doubles: numbers this close are the same (0.1 + 0.2 == 0.3). */
  function compareNumbers(a, b) {
    if (Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b))) return 0;
    return a < b ? -1 : 1;
  }

  function compare(a, b) {
    if (typeof a === "number" && typeof b === "number") return compareNumbers(a, b);
    if (typeof a === "string" && typeof b === "string") return a < b ? -1 : a > b ? 1 : 0;
    return null;
  }

  function isIn(item, container) {
    if (isList(container)) {
      for (var i = 0; i < container.length; i++) if (equal(item, container[i])) return true;
      return false;
    }
    return typeof container === "string" && typeof item === "string" && container.indexOf(item) >= 0;
  }

  var DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
  function utc(y, m, d) { var t = new Date(0); t.setUTCFullYear(y, m, d); return t; } /* Date.UTC maps years 0-99 to 19xx */
  function dayNumber(s) {
    var m = typeof s === "string" ? DATE.exec(s) : null;
    if (!m) return null;
    var d = utc(+m[1], +m[2] - 1, +m[3]);
    return d.getUTCDate() === +m[3] && d.getUTCMonth() === +m[2] - 1 ? Math.round(d.getTime() / 86400000) : null;
  }
  /* The server's calendar runs from year 1 to 9999; outside it a date is null, as there. */
  var FIRST_DAY = Math.round(utc(1, 0, 1).getTime() / 86400000), LAST_DAY = Math.round(utc(9999, 11, 31).getTime() / 86400000);
  function fromDayNumber(n) { return n < FIRST_DAY || n > LAST_DAY ? null : new Date(n * 86400000).toISOString().slice(0, 10); }
  function addDays(s, n) {
    var d = dayNumber(s);
    return d === null || typeof n !== "number" ? null : fromDayNumber(d + Math.trunc(n));
  }
  function yearsBetween(a, b) {
    if (dayNumber(a) === null || dayNumber(b) === null) return null;
    if (b < a) return -yearsBetween(b, a);
    var years = +b.slice(0, 4) - +a.slice(0, 4);
    if (b.slice(5) < a.slice(5)) years--;
    return years;
  }
  function luhn(digits) {
    var sum = 0;
    for (var i = 0; i < digits.length; i++) {
      var n = +digits[i] * (i % 2 === 0 ? 2 : 1);
      sum += n > 9 ? n - 9 : n;
    }
    return sum % 10 === 0;
  }
  /* Birth date of a personnummer or samordningsnummer (day + 60) in any accepted spelling. */
  function birthDate(text, today) {
    if (typeof text !== "string") return null;
    var digits = text.replace(/[^0-9]/g, "");
    if (digits.length === 10) {
      var yy = +digits.slice(0, 2), thisYear = +today.slice(0, 4);
      var century = Math.floor(thisYear / 100) * 100;
      var year = century + yy > thisYear ? century - 100 + yy : century + yy;
      if (text.indexOf("+") >= 0) year -= 100;
      digits = String(year) + digits.slice(2);
    }
    if (digits.length !== 12 || !luhn(digits.slice(2))) return null;
    var day = +digits.slice(6, 8);
    if (day > 60) day -= 60;
    var date = digits.slice(0, 4) + "-" + digits.slice(4, 6) + "-" + (day < 10 ? "0" : "") + day;
    return dayNumber(date) === null ? null : date;
  }
  function textLength(s) {
    if (typeof Intl !== "undefined" && Intl.Segmenter) {
      var n = 0, it = new Intl.Segmenter().segment(s)[Symbol.iterator]();
      while (!it.next().done) n++;
      return n;
    }
    return Array.from(s).length;
  }

  var functions = {
    is_set: function (a) { var v = a[0]; return v !== null && v !== undefined && (typeof v === "string" || isList(v) ? v.length > 0 : true); },
    len: function (a) { return typeof a[0] === "string" ? textLength(a[0]) : isList(a[0]) ? a[0].length : 0; },
    lower: function (a) { return typeof a[0] === "string" ? a[0].toLowerCase() : null; },
    upper: function (a) { return typeof a[0] === "string" ? a[0].toUpperCase() : null; },
    trim: function (a) { return typeof a[0] === "string" ? a[0].trim() : null; },
    matches: function (a) {
      if (typeof a[0] !== "string" || typeof a[1] !== "string") return false;
      try { return new RegExp(a[1]).test(a[0]); } catch (e) { return false; }
    },
    min: function (a) { return typeof a[0] === "number" && typeof a[1] === "number" ? Math.min(a[0], a[1]) : null; },
    max: function (a) { return typeof a[0] === "number" && typeof a[1] === "number" ? Math.max(a[0], a[1]) : null; },
    round: function (a) {
      var p = a.length > 1 ? a[1] : 0;
      if (typeof a[0] !== "number" || typeof p !== "number" || p !== Math.trunc(p) || p < 0 || p > 28) return null;
      var f = Math.pow(10, p);
      return Math.sign(a[0]) * Math.round(Math.abs(a[0]) * f) / f;
    },
    count: function (a) { return isList(a[0]) ? a[0].length : 0; },
    sum: function (a) {
      var t = 0;
      if (isList(a[0])) for (var i = 0; i < a[0].length; i++) if (typeof a[0][i] === "number") t += a[0][i];
      return t;
    },
    contains: function (a) { return isIn(a[1], a[0]); },
    add_days: function (a) { return addDays(a[0], a[1]); },
    days_between: function (a) {
      var x = dayNumber(a[0]), y = dayNumber(a[1]);
      return x === null || y === null ? null : y - x;
    },
    years_between: function (a) { return yearsBetween(a[0], a[1]); },
    date: function (a) { return dayNumber(a[0]) === null ? null : a[0]; }
  };

  function evaluate(node, scope) {
    if ("lit" in node) return node.lit;
    if ("ref" in node) return scope.read(node.ref);
    if ("list" in node) return node.list.map(function (n) { return evaluate(n, scope); });
    if ("call" in node) {
      if (node.call === "if") return isTrue(evaluate(node.args[0], scope)) ? evaluate(node.args[1], scope) : evaluate(node.args[2], scope);
      if (node.call === "today") return scope.today;
      var args = node.args.map(function (n) { return evaluate(n, scope); });
      if (node.call === "age") { var born = birthDate(args[0], scope.today); return born === null ? null : yearsBetween(born, scope.today); }
      var f = functions[node.call];
      return f ? f(args) : null;
    }
    if ("e" in node) {
      var v = evaluate(node.e, scope);
      return node.op === "not" ? !isTrue(v) : typeof v === "number" ? -v : null;
    }
    if (node.op === "and") return isTrue(evaluate(node.l, scope)) && isTrue(evaluate(node.r, scope));
    if (node.op === "or") return isTrue(evaluate(node.l, scope)) || isTrue(evaluate(node.r, scope));
    var l = evaluate(node.l, scope), r = evaluate(node.r, scope), c;
    switch (node.op) {
      case "==": return equal(l, r);
      case "!=": return !equal(l, r);
      case "<": c = compare(l, r); return c !== null && c < 0;
      case "<=": c = compare(l, r); return c !== null && c <= 0;
      case ">": c = compare(l, r); return c !== null && c > 0;
      case ">=": c = compare(l, r); return c !== null && c >= 0;
      case "in": return isIn(l, r);
      case "not in": return !isIn(l, r);
      case "+": return typeof l === "number" && typeof r === "number" ? l + r : typeof r === "number" ? addDays(l, r) : addDays(r, l);
      case "-":
        if (typeof l === "number" && typeof r === "number") return l - r;
        if (typeof r === "number") return addDays(l, -r);
        return functions.days_between([r, l]);
      case "*": return typeof l === "number" && typeof r === "number" ? l * r : null;
      case "/": return typeof l === "number" && typeof r === "number" && r !== 0 ? l / r : null;
    }
    return null;
  }

  /* Element ids follow the server's scheme: packages[0].count -> fe-packages-0-count. */
  function idOf(name) { return "fe-" + name.replace(/\]/g, "").replace(/[.[]/g, "-"); }

  function readName(form, name) {
    var wrapper = document.getElementById(idOf(name) + "-field");
    var type = wrapper ? wrapper.getAttribute("data-fe-type") : null;
    if (type === "rows") {
      return Array.prototype.filter.call(form.querySelectorAll("[data-fe-row]"), function (row) {
        var path = row.getAttribute("data-fe-row");
        return path.slice(0, name.length) === name && /^\[\d+\]$/.test(path.slice(name.length));
      });
    }
    var controls = Array.prototype.filter.call(form.elements, function (el) { return el.name === name; });
    if (controls.length === 0) return null;
    if (controls[0].type === "checkbox") {
      return controls.filter(function (el) { return el.checked; }).map(function (el) { return el.value; });
    }
    var raw = null;
    if (controls[0].type === "radio") {
      var chosen = controls.filter(function (el) { return el.checked; })[0];
      raw = chosen ? chosen.value : null;
    } else raw = controls[0].value;
    if (raw === null) return null;
    raw = raw.trim();
    if (raw === "") return null;
    if (type === "number") {
      var n = Number(raw.replace(/[\s\u00a0]/g, "").replace(",", "."));
      return isFinite(n) ? n : null;
    }
    if (type === "boolean") return raw === "true" ? true : raw === "false" ? false : null;
    return raw;
  }

  function scopeFor(form, element, values) {
    var row = element.closest ? element.closest("[data-fe-row]") : null;
    var rows = [];
    if (row) row.getAttribute("data-fe-row").replace(/\[(\d+)\]/g, function (_, n) { rows.push(n); return ""; });
    return {
      today: form.getAttribute("data-fe-today"),
      read: function (id) {
        if (Object.prototype.hasOwnProperty.call(values, id)) return values[id];
        if (id.indexOf("[*]") >= 0) return readColumn(form, id);
        var i = 0;
        return readName(form, id.replace(/\[\]/g, function () { return "[" + (i < rows.length ? rows[i++] : 0) + "]"; }));
      }
    };
  }

  function readColumn(form, id) {
    var parts = id.split("[*]");
    var pattern = new RegExp("^" + parts.map(function (p) { return p.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"); }).join("\\[\\d+\\]") + "$");
    var seen = {}, list = [];
    Array.prototype.forEach.call(form.elements, function (el) {
      if (el.name && pattern.test(el.name) && !seen[el.name]) { seen[el.name] = true; list.push(readName(form, el.name)); }
    });
    return list;
  }

  function format(value, lang) {
    if (value === null || value === undefined) return "";
    if (typeof value === "number") return value.toLocaleString(lang === "en" ? "en-GB" : "sv-SE");
    if (typeof value === "boolean") return lang === "en" ? (value ? "Yes" : "No") : (value ? "Ja" : "Nej");
    return String(value);
  }

  function parse(json) { try { return JSON.parse(json); } catch (e) { return null; } }

  function update(form, values) {
    Array.prototype.forEach.call(form.querySelectorAll("[data-fe-when]"), function (el) {
      var tree = parse(el.getAttribute("data-fe-when"));
      if (tree) el.hidden = !isTrue(evaluate(tree, scopeFor(form, el, values)));
    });
    Array.prototype.forEach.call(form.querySelectorAll("[data-fe-compute]"), function (el) {
      var tree = parse(el.getAttribute("data-fe-compute"));
      if (tree) el.textContent = format(evaluate(tree, scopeFor(form, el, values)), form.getAttribute("lang"));
    });
  }

  function enhance(form) {
    var values = parse(form.getAttribute("data-fe-values") || "{}") || {};
    var run = function () { update(form, values); };
    form.addEventListener("input", run);
    form.addEventListener("change", run);
    run();
  }

  function start() {
    Array.prototype.forEach.call(document.querySelectorAll("form.fe-form"), enhance);
    var summary = document.querySelector(".fe-error-summary");
    if (summary && document.activeElement !== summary) summary.focus();
  }

  /* The interpreter is also run under Node.js by the engine's tests, against the expression language's shared cases. */
  if (typeof module === "object" && module.exports) module.exports = { evaluate: evaluate };
  if (typeof document === "undefined") return;
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})();
