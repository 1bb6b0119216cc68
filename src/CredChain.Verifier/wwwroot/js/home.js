// Home and /v/{id}: drag-and-drop onto the file picker, and the verification code form (the code never goes to the server).
import { normalizeCode } from './share-crypto.js';

const drop = document.getElementById('drop-zone');
const file = document.getElementById('file');
const upload = document.getElementById('upload-form');
if (drop && file && upload) {
  for (const type of ['dragenter', 'dragover']) {
    drop.addEventListener(type, e => { e.preventDefault(); drop.classList.add('over'); });
  }
  for (const type of ['dragleave', 'drop']) {
    drop.addEventListener(type, () => drop.classList.remove('over'));
  }
  drop.addEventListener('drop', e => {
    e.preventDefault();
    if (e.dataTransfer && e.dataTransfer.files.length > 0) {
      file.files = e.dataTransfer.files;
      upload.requestSubmit();
    }
  });
  file.addEventListener('change', () => {
    if (file.files.length > 0) {
      upload.requestSubmit();
    }
  });
}

const codeForm = document.getElementById('code-form');
if (codeForm) {
  codeForm.addEventListener('submit', e => {
    e.preventDefault();
    const code = normalizeCode(document.getElementById('code').value);
    document.getElementById('code-error').hidden = code !== null;
    if (code !== null) {
      // The fragment stays in the browser: /s reads it, derives the lookup id and key, and decrypts locally.
      window.location.assign('/s#' + code);
    }
  });
}
