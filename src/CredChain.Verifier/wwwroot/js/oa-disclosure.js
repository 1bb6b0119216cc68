// OpenAttestation v2 obfuscation in the browser, for sharing an OpenCerts-style document with fields hidden.
// The format's rules (the verifier's C# check, src/CredChain.Core/OpenAttestation, agrees with the library on the
// vectors in tests/vectors/openattestation): data is flattened to dot-joined paths, each leaf hashed as
// keccak256(JSON.stringify({[path]: value})) without 0x; hiding a path removes its values and appends the leaves' hashes
// to privacy.obfuscatedData, so the targetHash does not change. Needs lib/js-sha3/sha3.js.

const SCHEMA_V2 = 'https://schema.openattestation.com/2.0/schema.json';

// Not offered for hiding: the verifier needs the issuer to find its document store, and the renderer its template.
const KEPT = new Set(['issuers', '$template']);

export function isOpenAttestation(doc) {
  return doc !== null && typeof doc === 'object' && (doc.version === SCHEMA_V2 || (!!doc.data && !!doc.signature && !doc.credentialSubject));
}

/** "uuid:type:value" → value (typed), for display; anything else as it is. */
export function unsalt(value) {
  if (typeof value === 'string' && /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}:[a-z]+:/i.test(value)) {
    const rest = value.slice(37);
    return rest.slice(rest.indexOf(':') + 1);
  }
  if (Array.isArray(value)) {
    return value.map(unsalt);
  }
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, unsalt(v)]));
  }
  return value;
}

/** Top-level members of data, and the members of objects in them, as {path, label, value}. */
export function hideableFields(doc) {
  const fields = [];
  for (const [key, value] of Object.entries(doc.data || {})) {
    if (KEPT.has(key)) {
      continue;
    }
    fields.push({ path: key, label: key, value: unsalt(value) });
    if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
      for (const [inner, innerValue] of Object.entries(value)) {
        fields.push({ path: key + '.' + inner, label: key + ' › ' + inner, value: unsalt(innerValue) });
      }
    }
  }
  return fields;
}

function flatten(value, path, out) {
  if (value !== null && typeof value === 'object' && Object.keys(value).length > 0) {
    for (const [key, inner] of Object.entries(value)) {
      flatten(inner, path + '.' + key, out);
    }
  } else {
    out.push([path, value]);
  }
  return out;
}

function leafHash(path, value) {
  return globalThis.keccak256(new TextEncoder().encode(JSON.stringify({ [path]: value })));
}

/** A copy of the document with the values at or under the given dot paths of data obfuscated. */
export function obfuscate(doc, paths) {
  const copy = structuredClone(doc);
  const hashes = [];
  const outermost = [...new Set(paths)].filter(p => !paths.some(q => q !== p && p.startsWith(q + '.')));
  for (const path of outermost) {
    const parts = path.split('.');
    const parents = [copy.data];
    for (const part of parts.slice(0, -1)) {
      parents.push(parents[parents.length - 1][part]);
    }
    const last = parts[parts.length - 1];
    const parent = parents[parents.length - 1];
    for (const [leafPath, value] of flatten(parent[last], path, [])) {
      hashes.push(leafHash(leafPath, value));
    }
    delete parent[last];
    // An object emptied here would become a leaf of its own ({}), which was never hashed: remove it too.
    for (let i = parents.length - 1; i > 0 && Object.keys(parents[i]).length === 0 && !Array.isArray(parents[i]); i--) {
      delete parents[i - 1][parts[i - 1]];
    }
  }
  copy.privacy = { ...(copy.privacy || {}), obfuscatedData: [...((copy.privacy && copy.privacy.obfuscatedData) || []), ...hashes] };
  return copy;
}
