// Raw OpenAttestation v2 documents for the vectors: a degree certificate in Chinese and English with the value kinds
// the salting turns into typed strings (string, number, boolean, null), nested objects and arrays, and empty containers.
// anvil's well-known dev account 9 deploys the DocumentStore in tests (its first transaction, nonce 0).
export const STORE_DEPLOYER = '0xa0Ee7A142d267C1f36714E4a8F75612F20a79720';

export function rawDocuments(documentStore, count, first = 1) {
  return Array.from({ length: count }, (_, k) => rawDocument(first + k, documentStore));
}

function rawDocument(i, documentStore) {
  const n = String(i).padStart(7, '0');
  return {
    $template: { name: 'DEMO_DEGREE', type: 'EMBEDDED_RENDERER', url: 'https://renderer.example.edu' },
    id: `demo-${n}`,
    name: 'UniversityDegreeCredential',
    issuedOn: '2026-07-01T00:00:00Z',
    issuers: [{ name: 'Demo University 演示大学', documentStore, identityProof: { type: 'DNS-TXT', location: 'demo.example.edu' } }],
    recipient: {
      name: `Student ${i}`,
      nameZh: `学生${i}`,
      birthDate: `2004-03-${String((i % 28) + 1).padStart(2, '0')}`,
      degree: { type: 'BachelorDegree', name: { zh: '计算机科学与技术学士', en: 'Bachelor of Computer Science' } },
      major: 'Computer Science',
      gpa: 3 + (i % 10) / 10,
      credits: 160,
      ratio: 1e21,
      small: 1.5e-7,
      negative: -12.25,
    },
    transcript: [
      { code: 'CS101', grade: 'A', points: 4 },
      { code: 'MA201', grade: 'B+', points: 3.3 },
      ['nested', 1, null],
    ],
    flags: { honours: i % 2 === 0, exchange: false, thesis: null },
    quoted: 'He said "hi" \\ 你好 😀 \u2028\n\ttab',
    notes: {},
    awards: [],
  };
}
