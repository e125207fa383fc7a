// Record an answer in the browser (MediaRecorder), upload it, follow its transcription on the
// task queue, then put the transcript in the answer box and show how it was delivered.
(function () {
  "use strict";
  var box = document.getElementById("recorder");
  if (!box || box.dataset.available !== "1") return;
  var start = document.getElementById("record-start");
  var stop = document.getElementById("record-stop");
  var redo = document.getElementById("record-redo");
  var retry = document.getElementById("record-retry");
  var allowance = document.getElementById("record-allowance");
  var timer = document.getElementById("record-timer");
  var level = document.getElementById("record-level");
  var status = document.getElementById("record-status");
  var delivery = document.getElementById("delivery");
  var keyField = document.getElementById("voice-recording");
  var target = document.getElementById(box.dataset.target);
  var recorder = null, stream = null, chunks = [], began = 0, ticking = null, audioCtx = null;
  var current = null;  // the key of the recording being transcribed

  function say(text) { status.textContent = text; }
  function clock(s) { s = Math.max(0, Math.floor(s)); return Math.floor(s / 60) + ":" + String(s % 60).padStart(2, "0"); }
  function csrf() {
    var field = document.querySelector("input[name=csrfmiddlewaretoken]");
    return field ? field.value : "";
  }
  function question() {
    var source = document.getElementById(box.dataset.question);
    if (!source) return "";
    return (source.value !== undefined ? source.value : source.textContent) || "";
  }

  if (!navigator.mediaDevices || !window.MediaRecorder) {
    start.disabled = true;
    say("This browser cannot record audio; type your answer instead, or use secondround coach --audio.");
    return;
  }

  function meter(source) {
    audioCtx = new (window.AudioContext || window.webkitAudioContext)();
    var analyser = audioCtx.createAnalyser();
    analyser.fftSize = 512;
    audioCtx.createMediaStreamSource(source).connect(analyser);
    var data = new Uint8Array(analyser.fftSize);
    (function draw() {
      if (!recorder || recorder.state !== "recording") { level.value = 0; return; }
      analyser.getByteTimeDomainData(data);
      var peak = 0;
      for (var i = 0; i < data.length; i++) peak = Math.max(peak, Math.abs(data[i] - 128) / 128);
      level.value = peak;
      requestAnimationFrame(draw);
    })();
  }

  function begin() {
    say("Asking for the microphone…");
    navigator.mediaDevices.getUserMedia({ audio: true }).then(function (s) {
      stream = s;
      chunks = [];
      recorder = new MediaRecorder(stream);
      // A chunk a second, so a recording cut short still holds what was said until then.
      recorder.ondataavailable = function (e) { if (e.data && e.data.size) chunks.push(e.data); };
      recorder.onstop = finish;
      recorder.start(1000);
      began = Date.now();
      ticking = setInterval(function () { timer.textContent = clock((Date.now() - began) / 1000); }, 250);
      meter(stream);
      start.hidden = true; redo.hidden = true; retry.hidden = true; stop.hidden = false; stop.focus();
      say("Recording… press Stop when you have finished.");
    }).catch(function (err) {
      var refused = err && (err.name === "NotAllowedError" || err.name === "SecurityError");
      say(refused
        ? "The browser was refused the microphone; allow it for this page (the icon in the address bar), or type your answer."
        : "No microphone could be opened (" + (err && err.name || "unknown error") + "); check it is plugged in, or type your answer.");
    });
  }

  function end() {
    if (recorder && recorder.state === "recording") recorder.stop();
    if (stream) stream.getTracks().forEach(function (t) { t.stop(); });
    if (audioCtx) audioCtx.close();
    clearInterval(ticking);
    stop.hidden = true;
  }

  function finish() {
    var type = (recorder.mimeType || "audio/webm").split(";")[0];
    var blob = new Blob(chunks, { type: type });
    if (!blob.size) { say("Nothing was recorded; try again."); start.hidden = false; return; }
    upload(blob, type);
  }

  function upload(blob, type) {
    say("Saving the recording…");
    var form = new FormData();
    form.append("audio", blob, "answer" + (type.indexOf("ogg") >= 0 ? ".ogg" : type.indexOf("mp4") >= 0 ? ".m4a" : ".webm"));
    form.append("question", question());
    send(box.dataset.uploadUrl, form).then(function (res) {
      if (!res.ok) { say(res.body.error || "The recording could not be saved."); redo.hidden = false; return; }
      keyField.value = res.body.key;
      if (allowance && res.body.allowance) allowance.textContent = res.body.allowance;
      follow(res.body.key);
    }).catch(function () { say("The recording could not be sent: is secondround still running?"); redo.hidden = false; });
  }

  // A POST answered with JSON; a page that is not JSON (a proxy's error, say) still gives a sentence.
  function send(url, body) {
    return fetch(url, {
      method: "POST", body: body, credentials: "same-origin",
      headers: { "X-CSRFToken": csrf(), "Accept": "application/json" }
    }).then(function (r) {
      return r.json().catch(function () { return { error: "The server answered " + r.status + "; try again in a moment." }; })
        .then(function (data) { return { ok: r.ok, body: data }; });
    });
  }

  function tryAgain() {
    if (!current) return;
    retry.hidden = true;
    say("Trying again…");
    send(box.dataset.retryUrl.replace("00000000-0000-0000-0000-000000000000", current), new FormData())
      .then(function (res) {
        if (!res.ok) { say(res.body.error || "It could not be tried again; record again."); redo.hidden = false; return; }
        follow(current);
      }).catch(function () { say("The request could not be sent: is secondround still running?"); retry.hidden = false; });
  }

  function follow(key) {
    var url = box.dataset.statusUrl.replace("00000000-0000-0000-0000-000000000000", key);
    var waited = 0;
    current = key;
    (function poll() {
      fetch(url, { credentials: "same-origin" }).then(function (r) { return r.json(); }).then(function (state) {
        if (state.status === "done") return show(state);
        if (state.status === "failed") {
          say(state.retry ? state.error : state.error + " The recording is kept.");
          redo.hidden = false;
          retry.hidden = !state.retry;
          return;
        }
        waited += 1;
        say(state.label + "… (" + waited + " s)");
        setTimeout(poll, 1000);
      }).catch(function () { setTimeout(poll, 2000); });
    })();
  }

  function show(state) {
    if (target) {
      target.value = state.transcript;
      target.dispatchEvent(new Event("input", { bubbles: true }));
    }
    say("Transcribed. Correct the transcript if a word is wrong, then send it to be coached.");
    redo.hidden = false;
    var d = state.delivery || {};
    var figures = document.getElementById("delivery-figures");
    var remarks = document.getElementById("delivery-remarks");
    figures.textContent = ""; remarks.textContent = "";
    [["Pace", d.wpm + " words a minute (" + d.pace + ")"],
     ["Fillers", (d.fillers || []).length + " (" + d.fillers_per_minute + " a minute)"],
     ["Long pauses", String((d.pauses || []).length)],
     ["Speaking time", clock(d.speaking_seconds || 0)]].forEach(function (row) {
      var dt = document.createElement("dt"); dt.textContent = row[0];
      var dd = document.createElement("dd"); dd.textContent = row[1];
      figures.appendChild(dt); figures.appendChild(dd);
    });
    (d.remarks || []).forEach(function (r) {
      var li = document.createElement("li"); li.textContent = r.message; remarks.appendChild(li);
    });
    delivery.hidden = false;
    if (target) target.focus();
  }

  start.addEventListener("click", begin);
  stop.addEventListener("click", end);
  redo.addEventListener("click", function () { keyField.value = ""; current = null; retry.hidden = true; delivery.hidden = true; timer.textContent = "0:00"; begin(); });
  retry.addEventListener("click", tryAgain);
  // Closing the tab mid-recording would lose it: the browser asks first.
  window.addEventListener("beforeunload", function (e) {
    if (recorder && recorder.state === "recording") { e.preventDefault(); e.returnValue = ""; }
  });
})();
