// Chốt có ký (a key-signed closing), for a council that wants more than the seal. The seal (seal.ts) is a SHA-256
// anyone can compute: it tells a folder changed after closing from the code printed on the paper the council signed,
// so it holds against whoever can change the folder but not that paper. Someone who can also print and have signed a
// new paper (or who holds the folder before anything is printed) makes a matching seal at will. A signature holds
// against them too: the round's seal is signed with an Ed25519 private key only the council's secretary keeps as a
// file, its public key's fingerprint is printed on the minutes beside the seal code, and a folder is checked with the
// public key: one changed and sealed again, or signed with another key, fails. It promises nothing against whoever
// holds the private key file (it signs anything), and nothing about figures wrong before closing.
// Web Crypto (`crypto.subtle`, a global in Node 20 and in Chromium since 137) does the signing, the same on every face.
import { z } from 'zod';
import { sealCode } from './seal.js';
import { sha256Text } from './sha256.js';

const ED25519 = { name: 'Ed25519' } as const;

/** What a signed round carries beside its seal (not under it: it signs the seal). Both in base 64. */
export const ClosingSignature = z.object({
  /** The public key (SubjectPublicKeyInfo), so a face can say which key signed before it is checked with the council's. */
  publicKey: z.string().regex(/^[A-Za-z0-9+/]+=*$/),
  /** Ed25519 over `signedText(seal)`: 64 bytes. */
  value: z.string().regex(/^[A-Za-z0-9+/]+=*$/),
});
export type ClosingSignature = z.infer<typeof ClosingSignature>;

/** The bytes signed: the round's seal, named as a closing's, so no signature made by the key for anything else fits. */
const signedText = (seal: string) => new TextEncoder().encode(`thidua-chot-ket-qua:${seal}`);

const toBase64 = (bytes: Uint8Array) => btoa(String.fromCharCode(...bytes));
function fromBase64(text: string): Uint8Array | undefined {
  try {
    return Uint8Array.from(atob(text), (c) => c.charCodeAt(0));
  } catch {
    return undefined;
  }
}

/** The public key's fingerprint as printed on the minutes: its SHA-256 as a seal code (16 letters and digits). */
export function keyFingerprint(publicKey: string): string {
  return sealCode(sha256Text(publicKey));
}

/** A key file's text: PEM, the form `openssl` also reads. */
const PEM = { private: 'PRIVATE KEY', public: 'PUBLIC KEY' } as const;
export type KeyKind = keyof typeof PEM;

function pemOf(kind: KeyKind, bytes: Uint8Array): string {
  const body = toBase64(bytes).match(/.{1,64}/g)!.join('\n');
  return `-----BEGIN ${PEM[kind]}-----\n${body}\n-----END ${PEM[kind]}-----\n`;
}

/** A new key pair for a council: the private key's file text, the public key's, and the fingerprint to print. */
export async function newKeyPair(): Promise<{ privatePem: string; publicPem: string; fingerprint: string }> {
  const pair = (await crypto.subtle.generateKey(ED25519, true, ['sign', 'verify'])) as CryptoKeyPair;
  const spki = new Uint8Array(await crypto.subtle.exportKey('spki', pair.publicKey));
  const pkcs8 = new Uint8Array(await crypto.subtle.exportKey('pkcs8', pair.privateKey));
  return { privatePem: pemOf('private', pkcs8), publicPem: pemOf('public', spki), fingerprint: keyFingerprint(toBase64(spki)) };
}

/** A key read from its file's text (with its public key in base 64, to name it), or why not, in Vietnamese (the face names the file). */
export type ReadKey = { ok: true; key: CryptoKey; publicKey: string } | { ok: false; why: string };

/**
 * The key a file holds: `private` to sign a closing, `public` to check one. Anything else — the other kind of key, a
 * key of another algorithm, a file cut or edited — is said, never thrown.
 */
export async function readKey(text: string, kind: KeyKind): Promise<ReadKey> {
  const other: KeyKind = kind === 'private' ? 'public' : 'private';
  const body = new RegExp(`-----BEGIN ${PEM[kind]}-----([A-Za-z0-9+/=\\s]+)-----END ${PEM[kind]}-----`).exec(text)?.[1]?.replace(/\s/g, '');
  if (body === undefined) {
    if (text.includes(`-----BEGIN ${PEM[other]}-----`)) return { ok: false, why: kind === 'private' ? 'đây là khoá công khai, không ký được; cần tệp khoá bí mật của Hội đồng' : 'đây là khoá bí mật (giữ kín, không dùng để kiểm tra); cần tệp khoá công khai' };
    return { ok: false, why: `không phải tệp khoá do «thidua key» tạo (không có dòng «-----BEGIN ${PEM[kind]}-----»)` };
  }
  try {
    const bytes = fromBase64(body);
    if (!bytes) throw new Error('base64');
    if (kind === 'public') return { ok: true, key: await crypto.subtle.importKey('spki', bytes as BufferSource, ED25519, false, ['verify']), publicKey: body };
    // Web Crypto gives no public key from a private one: the key is read extractable once, its JWK's `x` (the public
    // point) put behind the fixed header of an Ed25519 SubjectPublicKeyInfo (RFC 8410), and read again unextractable.
    const x = (await crypto.subtle.exportKey('jwk', await crypto.subtle.importKey('pkcs8', bytes as BufferSource, ED25519, true, ['sign']))).x!;
    const point = fromBase64(x.replace(/-/g, '+').replace(/_/g, '/').padEnd(44, '='))!;
    const spki = Uint8Array.from([0x30, 0x2a, 0x30, 0x05, 0x06, 0x03, 0x2b, 0x65, 0x70, 0x03, 0x21, 0x00, ...point]);
    return { ok: true, key: await crypto.subtle.importKey('pkcs8', bytes as BufferSource, ED25519, false, ['sign']), publicKey: toBase64(spki) };
  } catch {
    return { ok: false, why: 'nội dung khoá đã hỏng hoặc không phải khoá Ed25519 (bị sửa, cắt, hay tệp khác)' };
  }
}

/** The round signed with the council's private key, its public key kept beside to name it. */
export async function signRound<R extends { seal: string }>(round: R, privateKey: { key: CryptoKey; publicKey: string }): Promise<R & { signature: ClosingSignature }> {
  const value = new Uint8Array(await crypto.subtle.sign(ED25519, privateKey.key, signedText(round.seal)));
  return { ...round, signature: { publicKey: privateKey.publicKey, value: toBase64(value) } };
}

/**
 * Whether the last round was signed with the council's key (`key`, read from its public key file): undefined when
 * it was; else why not, in Vietnamese — not signed, signed with another key (named by fingerprint), or a signature
 * that no longer fits the round (the round changed and sealed again after signing).
 */
/** A closed round as far as its signature goes (closing.ts's `ClosedRound`, which imports this file). */
type Signed = { number: number; seal: string; signature?: ClosingSignature | undefined };

export async function signatureProblem(round: Signed, key: { key: CryptoKey; publicKey: string }): Promise<string | undefined> {
  const expected = keyFingerprint(key.publicKey);
  if (!round.signature) return `Lần chốt ${round.number} không có chữ ký bằng khoá của Hội đồng (khoá công khai ${expected}): không phải kết quả Hội đồng đã ký, hoặc chữ ký đã bị bỏ.`;
  if (round.signature.publicKey !== key.publicKey) return `Lần chốt ${round.number} được ký bằng một khoá khác (${keyFingerprint(round.signature.publicKey)}), không phải khoá của Hội đồng (${expected}).`;
  const value = fromBase64(round.signature.value);
  const holds = value !== undefined && (await crypto.subtle.verify(ED25519, key.key, value as BufferSource, signedText(round.seal)));
  return holds ? undefined : `Chữ ký lần chốt ${round.number} không khớp khoá của Hội đồng (${expected}): kết quả đã bị sửa và niêm phong lại sau khi ký.`;
}

// Made for issue 48 item 2: a closing a council can sign, so a folder changed and sealed again fails without its key.
