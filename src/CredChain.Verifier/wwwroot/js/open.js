// /s#CODE: fetch the ciphertext by the derived id, decrypt it here, and post the document to /result for verification.
import { normalizeCode, deriveShare, decrypt, fromBase64Url } from './share-crypto.js';

const status = document.getElementById('open-status');
const codeForm = document.getElementById('open-code-form');

function show(id) {
  status.hidden = true;
  document.getElementById(id).hidden = false;
}

async function open(code) {
  status.hidden = false;
  for (const id of ['open-expired', 'open-withdrawn', 'open-missing', 'open-failed']) {
    document.getElementById(id).hidden = true;
  }
  const { id, key } = await deriveShare(code);
  const response = await fetch('/api/v1/shares/' + id, { headers: { Accept: 'application/json' }, cache: 'no-store' });
  if (response.status === 410) {
    const problem = await response.json().catch(() => ({}));
    if (problem.code === 'share.withdrawn') {
      // Who withdrew it: the graduate (with their withdrawal code) or the issuing institution.
      const by = problem.withdrawnBy === 'holder' ? 'holder' : 'issuer';
      document.getElementById('open-withdrawn').dataset.withdrawnBy = by;
      document.getElementById('open-withdrawn-' + by).hidden = false;
      show('open-withdrawn');
    } else {
      show('open-expired');
    }
    return;
  }
  if (response.status === 404) {
    show('open-missing');
    codeForm.hidden = false;
    return;
  }
  if (!response.ok) {
    show('open-failed');
    return;
  }
  const share = await response.json();
  let documentText;
  try {
    documentText = await decrypt(key, fromBase64Url(share.ciphertext));
  } catch {
    show('open-failed');
    codeForm.hidden = false;
    return;
  }
  document.getElementById('open-document').value = documentText;
  document.getElementById('open-verify-form').submit();
}

codeForm.addEventListener('submit', e => {
  e.preventDefault();
  const code = normalizeCode(document.getElementById('open-code').value);
  document.getElementById('open-code-error').hidden = code !== null;
  if (code !== null) {
    history.replaceState(null, '', '/s#' + code);
    open(code).catch(() => show('open-failed'));
  }
});

const fromLink = normalizeCode(decodeURIComponent(window.location.hash.slice(1)));
if (fromLink === null) {
  status.hidden = true;
  codeForm.hidden = false;
} else {
  open(fromLink).catch(() => show('open-failed'));
}
