// registre — the upload page's behaviour (no build step, no dependency).
// Each file is sent in its own request (so each has its own progress bar and
// its own answer), at most three at a time; the job is then polled until the
// document is stored or has failed. Credentials: the page's same-site cookie.
'use strict';

(function () {
  var form = document.getElementById('depot');
  var zone = document.getElementById('dropzone');
  var input = document.getElementById('files');
  var list = document.getElementById('uploads');
  var empty = document.getElementById('uploads-empty');
  if (!form || !zone || !input || !list) return;
  var maxBytes = Number(form.getAttribute('data-max-bytes')) || Infinity;
  var queue = [];
  var running = 0;
  var PARALLEL = 3;
  var POLL_MS = 700;

  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined) e.textContent = text;
    return e;
  }

  function row(file) {
    var li = el('li');
    li.setAttribute('data-state', 'sending');
    li.setAttribute('data-file', file.name);
    var name = el('span', 'name', file.name);
    var bar = el('progress');
    bar.max = 100;
    bar.value = 0;
    bar.setAttribute('aria-label', 'Progression de ' + file.name);
    var state = el('span', 'state', 'en attente d’envoi');
    li.appendChild(name);
    li.appendChild(bar);
    li.appendChild(state);
    list.appendChild(li);
    if (empty) empty.hidden = true;
    return { li: li, bar: bar, state: state };
  }

  function set(r, stateName, percent, text) {
    r.li.setAttribute('data-state', stateName);
    if (percent !== null) r.bar.value = Math.max(0, Math.min(100, percent));
    r.state.textContent = text;
  }

  function fail(r, message) {
    set(r, 'failed', 100, 'Échec : ' + message);
  }

  function done(r, job) {
    var s = job.document_status;
    var text = s === 'parsed' ? 'Terminé — ' + (job.findings || 0) + ' constat(s). ' : s === 'not_deliberation' ? 'Terminé — pas une délibération. ' : 'Terminé. ';
    set(r, 'completed', 100, text);
    var a = el('a', null, 'Voir le document');
    a.href = '/documents/' + job.document_id;
    r.state.appendChild(a);
  }

  function poll(r, jobUrl) {
    var xhr = new XMLHttpRequest();
    xhr.open('GET', jobUrl);
    xhr.setRequestHeader('Accept', 'application/json');
    xhr.onload = function () {
      var job = null;
      try { job = JSON.parse(xhr.responseText); } catch (e) { job = null; }
      if (xhr.status !== 200 || !job) return fail(r, (job && job.error && job.error.message) || 'suivi impossible (' + xhr.status + ')');
      r.li.setAttribute('data-document', job.document_id);
      if (job.state === 'completed') return done(r, job);
      if (job.state === 'failed') return fail(r, job.error || 'le document n’a pas pu être lu');
      set(r, job.state, 40 + job.progress * 0.6, job.state === 'active' ? 'Traitement : ' + (job.message || 'en cours') : 'En file d’attente');
      setTimeout(function () { poll(r, jobUrl); }, POLL_MS);
    };
    xhr.onerror = function () { fail(r, 'connexion perdue pendant le suivi'); };
    xhr.send();
  }

  function send(item) {
    running++;
    var r = item.row;
    var data = new FormData();
    data.append('files', item.file, item.file.name);
    var xhr = new XMLHttpRequest();
    xhr.open('POST', form.getAttribute('action'));
    xhr.setRequestHeader('Accept', 'application/json');
    xhr.upload.onprogress = function (e) {
      if (e.lengthComputable) set(r, 'sending', (e.loaded / e.total) * 40, 'Envoi : ' + Math.round((e.loaded / e.total) * 100) + ' %');
    };
    xhr.onload = function () {
      running--;
      next();
      var body = null;
      try { body = JSON.parse(xhr.responseText); } catch (e) { body = null; }
      if (xhr.status === 202 && body && body.documents && body.documents[0]) {
        var d = body.documents[0];
        r.li.setAttribute('data-document', d.document_id);
        set(r, 'waiting', 40, 'Reçu, en file d’attente');
        return poll(r, d.job_url);
      }
      if (xhr.status === 401) return fail(r, 'connexion nécessaire (jeton du greffe)');
      fail(r, (body && body.error && body.error.message) || 'refusé (' + xhr.status + ')');
    };
    xhr.onerror = function () {
      running--;
      next();
      fail(r, 'connexion perdue pendant l’envoi');
    };
    xhr.send(data);
  }

  function next() {
    while (running < PARALLEL && queue.length) send(queue.shift());
  }

  function add(files) {
    for (var i = 0; i < files.length; i++) {
      var f = files[i];
      var r = row(f);
      if (f.size > maxBytes) { fail(r, 'fichier trop volumineux'); continue; }
      if (f.size === 0) { fail(r, 'fichier vide'); continue; }
      queue.push({ file: f, row: r });
    }
    next();
  }

  input.addEventListener('change', function () {
    add(input.files);
    input.value = '';
  });
  form.addEventListener('submit', function (e) {
    e.preventDefault();
    add(input.files);
    input.value = '';
  });
  ['dragenter', 'dragover'].forEach(function (t) {
    zone.addEventListener(t, function (e) { e.preventDefault(); zone.classList.add('over'); });
  });
  ['dragleave', 'drop'].forEach(function (t) {
    zone.addEventListener(t, function (e) { e.preventDefault(); zone.classList.remove('over'); });
  });
  zone.addEventListener('drop', function (e) {
    if (e.dataTransfer && e.dataTransfer.files) add(e.dataTransfer.files);
  });
})();
