// Selective disclosure in the browser, the same rules as Core's SelectiveDisclosure.Hide (checked against
// tests/vectors/hidden.json by the browser tests): hiding a path removes every value at or under it, drops their
// salts and adds their leaf hashes to proof.hiddenLeaves (kept sorted); objects emptied by hiding are removed; array
// elements are never removed one by one. leaf = keccak256(JCS({"path","salt","value"})). Needs lib/js-sha3/sha3.js.
const PROTECTED = new Set(['@context', 'id', 'type', 'issuer', 'validFrom', 'validUntil', 'proof']);
const SUBJECT = '/credentialSubject';

export class DisclosureError extends Error {
  constructor(code, path) {
    super(code + ': ' + path);
    this.code = code;
    this.path = path;
  }
}

function escapeToken(token) {
  return token.replace(/~/g, '~0').replace(/\//g, '~1');
}

function parsePointer(pointer) {
  if (!pointer.startsWith('/')) {
    throw new DisclosureError('badPointer', pointer);
  }
  return pointer.slice(1).split('/').map(t => t.replace(/~1/g, '/').replace(/~0/g, '~'));
}

function isSelfOrDescendant(path, ancestor) {
  return path === ancestor || path.startsWith(ancestor + '/');
}

/** Every scalar of the credential (all top-level members but proof) with its JSON Pointer, in document order. */
export function leaves(document) {
  const out = [];
  const walk = (value, path) => {
    if (Array.isArray(value)) {
      value.forEach((item, i) => walk(item, path + '/' + i));
    } else if (value !== null && typeof value === 'object') {
      for (const [key, child] of Object.entries(value)) {
        walk(child, path + '/' + escapeToken(key));
      }
    } else {
      out.push({ path, value });
    }
  };
  for (const [key, value] of Object.entries(document)) {
    if (key !== 'proof') {
      walk(value, '/' + escapeToken(key));
    }
  }
  return out;
}

/** RFC 8785 for one leaf preimage: ECMAScript JSON.stringify is exactly JCS for strings, numbers and literals. */
function preimage(path, salt, value) {
  if (typeof value === 'number' && !Number.isFinite(value)) {
    throw new DisclosureError('notCanonicalizable', path);
  }
  return '{"path":' + JSON.stringify(path) + ',"salt":' + JSON.stringify(salt) + ',"value":' + JSON.stringify(value) + '}';
}

export function leafHash(path, salt, value) {
  return '0x' + globalThis.keccak256(new TextEncoder().encode(preimage(path, salt, value)));
}

function child(node, token) {
  if (Array.isArray(node)) {
    return /^(0|[1-9][0-9]*)$/.test(token) ? node[Number(token)] : undefined;
  }
  return node !== null && typeof node === 'object' ? node[token] : undefined;
}

function remove(root, tokens, path) {
  const chain = [root];
  let current = root;
  for (let i = 0; i < tokens.length - 1; i++) {
    current = child(current, tokens[i]);
    if (current === undefined) {
      throw new DisclosureError('pathNotFound', path);
    }
    chain.push(current);
  }
  for (let depth = tokens.length - 1; depth >= 0; depth--) {
    const parent = chain[depth];
    if (Array.isArray(parent)) {
      throw new DisclosureError('wouldRemoveArrayElement', path);
    }
    delete parent[tokens[depth]];
    if (Object.keys(parent).length > 0 || depth === 0) {
      return;
    }
    if (depth === 1 && tokens[0] === SUBJECT.slice(1)) {
      throw new DisclosureError('wouldEmptySubject', path);
    }
  }
}

/** Returns a copy of the document with the values at or under the given JSON Pointers hidden. */
export function hide(document, paths) {
  const requested = [...new Set(paths)];
  for (const path of requested) {
    const tokens = parsePointer(path);
    if (PROTECTED.has(tokens[0]) || path === SUBJECT) {
      throw new DisclosureError('pathNotHideable', path);
    }
  }
  if (requested.length === 0) {
    return document;
  }
  const salts = document.proof.salts;
  const all = leaves(document);
  const hiddenPaths = new Set();
  const hiddenNow = [];
  for (const path of requested) {
    const matched = all.filter(l => isSelfOrDescendant(l.path, path));
    if (matched.length === 0) {
      throw new DisclosureError('pathNotFound', path);
    }
    for (const leaf of matched) {
      if (!hiddenPaths.has(leaf.path)) {
        if (typeof salts[leaf.path] !== 'string') {
          throw new DisclosureError('valueWithoutSalt', leaf.path);
        }
        hiddenPaths.add(leaf.path);
        hiddenNow.push(leafHash(leaf.path, salts[leaf.path], leaf.value));
      }
    }
  }
  const copy = structuredClone(document);
  const outermost = requested.filter(p => !requested.some(q => q !== p && isSelfOrDescendant(p, q)));
  for (const path of outermost) {
    remove(copy, parsePointer(path), path);
  }
  for (const path of hiddenPaths) {
    delete copy.proof.salts[path];
  }
  copy.proof.hiddenLeaves = [...(document.proof.hiddenLeaves || []), ...hiddenNow].sort();
  return copy;
}
