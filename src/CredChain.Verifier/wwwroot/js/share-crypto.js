// Share secrets, all in the browser: the server receives a lookup id and ciphertext, never the code or the key.
// code = 16 Crockford base32 symbols (80 random bits), shown as XXXX-XXXX-XXXX-XXXX;
// id   = HKDF-SHA256(code, salt "credchain/share/v1", info "credchain/share/id", 128 bits), lower-case base32;
// key  = HKDF-SHA256(code, same salt, info "credchain/share/key") as an AES-256-GCM key;
// ciphertext = 12-byte random nonce || AES-GCM(document) (tag included). Must match Shares/ShareCrypto.cs.
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const CODE_SYMBOLS = 16;
const CODE_BYTES = 10;
const NONCE_BYTES = 12;
const SALT = new TextEncoder().encode('credchain/share/v1');
const INFO_ID = new TextEncoder().encode('credchain/share/id');
const INFO_KEY = new TextEncoder().encode('credchain/share/key');

function base32(bytes, alphabet) {
  let out = '';
  let buffer = 0;
  let bits = 0;
  for (const b of bytes) {
    buffer = ((buffer << 8) | b) & 0xffff;
    bits += 8;
    while (bits >= 5) {
      out += alphabet[(buffer >> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  if (bits > 0) {
    out += alphabet[(buffer << (5 - bits)) & 31];
  }
  return out;
}

export function generateCode() {
  return base32(crypto.getRandomValues(new Uint8Array(CODE_BYTES)), ALPHABET);
}

/** Normalises what a person typed: case, spaces and dashes do not matter; O reads as 0, I and L as 1. Null when invalid. */
export function normalizeCode(input) {
  const code = String(input).toUpperCase().replace(/[\s-]/g, '').replace(/O/g, '0').replace(/[IL]/g, '1');
  if (code.length !== CODE_SYMBOLS) {
    return null;
  }
  for (const c of code) {
    if (!ALPHABET.includes(c)) {
      return null;
    }
  }
  return code;
}

export function formatCode(code) {
  return code.match(/.{1,4}/g).join('-');
}

export async function deriveShare(code) {
  const ikm = await crypto.subtle.importKey('raw', new TextEncoder().encode(code), 'HKDF', false, ['deriveBits', 'deriveKey']);
  const idBits = await crypto.subtle.deriveBits({ name: 'HKDF', hash: 'SHA-256', salt: SALT, info: INFO_ID }, ikm, 128);
  const key = await crypto.subtle.deriveKey(
    { name: 'HKDF', hash: 'SHA-256', salt: SALT, info: INFO_KEY }, ikm, { name: 'AES-GCM', length: 256 }, false, ['encrypt', 'decrypt']);
  return { id: base32(new Uint8Array(idBits), ALPHABET.toLowerCase()), key };
}

export async function encrypt(key, text) {
  const nonce = crypto.getRandomValues(new Uint8Array(NONCE_BYTES));
  const sealed = new Uint8Array(await crypto.subtle.encrypt({ name: 'AES-GCM', iv: nonce }, key, new TextEncoder().encode(text)));
  const out = new Uint8Array(NONCE_BYTES + sealed.length);
  out.set(nonce);
  out.set(sealed, NONCE_BYTES);
  return out;
}

/** Decrypts; throws when the code is wrong or the ciphertext was altered (GCM authenticates it). */
export async function decrypt(key, data) {
  const plain = await crypto.subtle.decrypt({ name: 'AES-GCM', iv: data.slice(0, NONCE_BYTES) }, key, data.slice(NONCE_BYTES));
  return new TextDecoder('utf-8', { fatal: true }).decode(plain);
}

export function toBase64Url(bytes) {
  let s = '';
  for (const b of bytes) {
    s += String.fromCharCode(b);
  }
  return btoa(s).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

export function fromBase64Url(text) {
  const b64 = text.replace(/-/g, '+').replace(/_/g, '/') + '==='.slice((text.length + 3) % 4);
  return Uint8Array.from(atob(b64), c => c.charCodeAt(0));
}
