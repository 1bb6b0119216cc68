// The same typical certificate as bench/CredChain.Bench.Cohort (CohortContent.Row), as an OpenAttestation v2 raw
// document, so both systems hash and prove the same content.
export function rawDocument(i, documentStore) {
  const n = String(i).padStart(7, '0');
  return {
    $template: { name: 'DEMO_DEGREE', type: 'EMBEDDED_RENDERER', url: 'https://renderer.example.edu' },
    name: 'UniversityDegreeCredential',
    issuedOn: '2026-07-01T00:00:00Z',
    issuers: [{ name: 'Demo University', documentStore, identityProof: { type: 'DNS-TXT', location: 'demo.example.edu' } }],
    recipient: {
      id: `urn:cn:student:2026${n}`,
      name: `Student ${i}`,
      nameZh: `学生${i}`,
      birthDate: `2004-03-${String((i % 28) + 1).padStart(2, '0')}`,
      degree: { type: 'BachelorDegree', name: { zh: '计算机科学与技术学士', en: 'Bachelor of Computer Science' } },
      major: 'Computer Science',
      gpa: 3 + (Math.floor((i % 10)) / 10),
      graduationDate: '2026-06-30',
      university: 'Demo University',
      studentNumber: `2026${n}`,
    },
  };
}

export function loadAverage() {
  try {
    return (awaitRead('/proc/loadavg')).split(' ').slice(0, 3).join(' ');
  } catch {
    return 'n/a';
  }
}

import { readFileSync } from 'node:fs';

function awaitRead(path) {
  return readFileSync(path, 'utf8');
}
