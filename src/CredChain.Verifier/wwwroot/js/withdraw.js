// The graduate withdraws their printed certificate's link: the lookup id is derived here from the printed code (as /s
// does), and the withdrawal code (sent with the credential file, never printed) goes in a header; the portal compares
// its hash. Neither the printed code nor the key leaves the browser.
import { normalizeCode, deriveShare } from './share-crypto.js';

const form = document.getElementById('withdraw-form');
const outcomes = ['withdraw-done', 'withdraw-done-issuer', 'withdraw-invalid', 'withdraw-wrong', 'withdraw-missing', 'withdraw-failed'];

function show(id) {
  for (const other of outcomes) {
    document.getElementById(other).hidden = other !== id;
  }
  document.getElementById('withdraw-status').dataset.outcome = id;
}

async function withdraw(code, withdrawalCode) {
  const { id } = await deriveShare(code);
  const response = await fetch('/api/v1/shares/' + id + '/withdraw', {
    method: 'POST',
    headers: { Accept: 'application/json', 'X-Withdrawal-Code': withdrawalCode },
    cache: 'no-store',
  });
  if (response.ok) {
    const result = await response.json();
    return result.withdrawnBy === 'issuer' ? 'withdraw-done-issuer' : 'withdraw-done';
  }
  if (response.status === 403) {
    return 'withdraw-wrong';
  }
  return response.status === 404 ? 'withdraw-missing' : 'withdraw-failed';
}

form.addEventListener('submit', async e => {
  e.preventDefault();
  const code = normalizeCode(document.getElementById('withdraw-code').value);
  const withdrawalCode = normalizeCode(document.getElementById('withdraw-secret').value);
  if (code === null || withdrawalCode === null) {
    show('withdraw-invalid');
    return;
  }
  const button = document.getElementById('withdraw-submit');
  button.disabled = true;
  try {
    show(await withdraw(code, withdrawalCode));
  } catch {
    show('withdraw-failed');
  } finally {
    button.disabled = false;
  }
});
