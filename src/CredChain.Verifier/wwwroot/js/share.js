// The holder's share page: load the credential, tick fields to hide, encrypt in the browser, store the ciphertext,
// and show the link, the code and a QR code of the link. The code, the key and the plaintext never leave the browser.
import { hide, leaves } from './disclosure.js';
import * as oa from './oa-disclosure.js';
import { generateCode, formatCode, deriveShare, encrypt, toBase64Url } from './share-crypto.js';

const fileInput = document.getElementById('share-file');
const options = document.getElementById('share-options');
const fieldList = document.getElementById('share-fields');
const result = document.getElementById('share-result');
let credential = null;
let created = null;

function hideableFields(doc) {
  // Members of credentialSubject, and the scalar members of objects inside it (not array elements: see disclosure.js).
  const fields = [];
  for (const [key, value] of Object.entries(doc.credentialSubject || {})) {
    const path = '/credentialSubject/' + key.replace(/~/g, '~0').replace(/\//g, '~1');
    if (key === 'id') {
      continue;
    }
    fields.push({ path, label: key, value });
    if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
      for (const [inner, innerValue] of Object.entries(value)) {
        if (innerValue === null || typeof innerValue !== 'object') {
          fields.push({ path: path + '/' + inner.replace(/~/g, '~0').replace(/\//g, '~1'), label: key + ' › ' + inner, value: innerValue });
        }
      }
    }
  }
  return fields;
}

function display(value) {
  if (Array.isArray(value)) {
    return value.map(display).join(', ');
  }
  if (value !== null && typeof value === 'object') {
    return Object.values(value).filter(v => v === null || typeof v !== 'object').join(' · ');
  }
  return String(value);
}

fileInput.addEventListener('change', async () => {
  const error = document.getElementById('share-load-error');
  error.hidden = true;
  options.hidden = true;
  result.hidden = true;
  try {
    const doc = JSON.parse(await fileInput.files[0].text());
    if (oa.isOpenAttestation(doc)) {
      if (!doc.data || !doc.signature) {
        throw new Error('not a document');
      }
    } else if (!doc.proof || !doc.proof.salts || !doc.credentialSubject || leaves(doc).length === 0) {
      throw new Error('not a credential');
    }
    credential = doc;
  } catch {
    error.hidden = false;
    return;
  }
  const fields = oa.isOpenAttestation(credential) ? oa.hideableFields(credential) : hideableFields(credential);
  fieldList.replaceChildren(...fields.map(field => {
    const li = document.createElement('li');
    const label = document.createElement('label');
    const box = document.createElement('input');
    box.type = 'checkbox';
    box.value = field.path;
    box.name = 'hide';
    const text = document.createElement('span');
    const name = document.createElement('span');
    name.className = 'field-path';
    name.textContent = field.label;
    text.append(name, document.createTextNode(display(field.value)));
    label.append(box, text);
    li.append(label);
    return li;
  }));
  options.hidden = false;
});

function drawQr(canvas, text) {
  const qr = globalThis.qrcode(0, 'M');
  qr.addData(text);
  qr.make();
  const modules = qr.getModuleCount();
  const quiet = 4;
  const scale = Math.floor(canvas.width / (modules + 2 * quiet));
  const offset = Math.floor((canvas.width - scale * modules) / 2);
  const ctx = canvas.getContext('2d');
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, canvas.width, canvas.height);
  ctx.fillStyle = '#000000';
  for (let r = 0; r < modules; r++) {
    for (let c = 0; c < modules; c++) {
      if (qr.isDark(r, c)) {
        ctx.fillRect(offset + c * scale, offset + r * scale, scale, scale);
      }
    }
  }
}

document.getElementById('share-create').addEventListener('click', async () => {
  const error = document.getElementById('share-create-error');
  error.hidden = true;
  try {
    const paths = [...fieldList.querySelectorAll('input[name="hide"]:checked')].map(b => b.value);
    const shared = oa.isOpenAttestation(credential) ? oa.obfuscate(credential, paths) : hide(credential, paths);
    const code = generateCode();
    const { id, key } = await deriveShare(code);
    const ciphertext = await encrypt(key, JSON.stringify(shared));
    const response = await fetch('/api/v1/shares', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ id, ciphertext: toBase64Url(ciphertext), expiresInDays: Number(document.getElementById('share-expiry').value) }),
    });
    if (!response.ok) {
      throw new Error('HTTP ' + response.status);
    }
    created = await response.json();
    const link = window.location.origin + '/s#' + code;
    document.getElementById('share-link').value = link;
    document.getElementById('share-code').textContent = formatCode(code);
    document.getElementById('share-expires').textContent = new Date(created.expiresAt).toLocaleString(document.documentElement.lang);
    document.getElementById('share-delete-token').textContent = created.deleteToken;
    document.getElementById('share-deleted').hidden = true;
    drawQr(document.getElementById('share-qr'), link);
    result.hidden = false;
    result.scrollIntoView({ behavior: 'smooth' });
  } catch {
    error.hidden = false;
  }
});

document.getElementById('share-delete').addEventListener('click', async () => {
  if (!created) {
    return;
  }
  const response = await fetch('/api/v1/shares/' + created.id, { method: 'DELETE', headers: { 'X-Delete-Token': created.deleteToken } });
  document.getElementById('share-deleted').hidden = !response.ok;
});
