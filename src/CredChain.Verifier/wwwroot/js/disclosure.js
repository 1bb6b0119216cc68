// Selective disclosure in the browser, format version 2, the same rules and bytes as Core's SelectiveDisclosure.Hide
// (checked against tests/vectors/hidden.json and credentials.json by the browser tests). Only fields inside
// credentialSubject have hideable leaves: the rest of the credential is one envelope leaf that a verifier always
// recomputes. Hiding a path removes every value at or under it, drops their salts and adds their leaf hashes to
// proof.hiddenLeaves (kept strictly ascending); objects emptied by hiding are removed; array elements are never removed
// (each element's leaves commit to its index and its array's length).
// leaf = keccak256(JCS({"path": typedPath, "salt": salt, "value": value})), typedPath naming each member as a string and
// each array element as [index, length]. Needs lib/js-sha3/sha3.js.
const SUBJECT = 'credentialSubject';

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

/**
 * Every scalar of credentialSubject in document order: its JSON Pointer (the key of its salt), its typed path (what is
 * hashed) and its value.
 */
export function leaves(document) {
  const out = [];
  const walk = (value, pointer, typed) => {
    if (Array.isArray(value)) {
      value.forEach((item, i) => walk(item, pointer + '/' + i, [...typed, [i, value.length]]));
    } else if (value !== null && typeof value === 'object') {
      for (const [key, child] of Object.entries(value)) {
        walk(child, pointer + '/' + escapeToken(key), [...typed, key]);
      }
    } else {
      out.push({ path: pointer, typedPath: typed, value });
    }
  };
  const subject = document[SUBJECT];
  if (subject !== null && typeof subject === 'object' && !Array.isArray(subject)) {
    walk(subject, '/' + SUBJECT, [SUBJECT]);
  }
  return out;
}

/** RFC 8785 for one leaf preimage: ECMAScript JSON.stringify is exactly JCS for strings, numbers, literals and arrays of them. */
export function preimage(typedPath, salt, value) {
  if (typeof value === 'number' && !Number.isFinite(value)) {
    throw new DisclosureError('notCanonicalizable', JSON.stringify(typedPath));
  }
  return '{"path":' + JSON.stringify(typedPath) + ',"salt":' + JSON.stringify(salt) + ',"value":' + JSON.stringify(value) + '}';
}

export function leafHash(typedPath, salt, value) {
  return '0x' + globalThis.keccak256(new TextEncoder().encode(preimage(typedPath, salt, value)));
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
    if (depth === 1 && tokens[0] === SUBJECT) {
      throw new DisclosureError('wouldEmptySubject', path);
    }
  }
}

/** Returns a copy of the document with the values at or under the given JSON Pointers hidden. */
export function hide(document, paths) {
  const requested = [...new Set(paths)];
  for (const path of requested) {
    const tokens = parsePointer(path);
    if (tokens.length < 2 || tokens[0] !== SUBJECT) {
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
        hiddenNow.push(leafHash(leaf.typedPath, salts[leaf.path], leaf.value));
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
  // Lowercase 0x-hex of equal length sorts as the bytes do.
  copy.proof.hiddenLeaves = [...(document.proof.hiddenLeaves || []), ...hiddenNow].sort();
  return copy;
}
