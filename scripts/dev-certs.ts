// https for the dev server: the Office dev certificates (office-addin-dev-certs, trusted by Excel
// once its CA is installed), else a self-signed localhost certificate made with openssl — which the browser
// and Excel will not trust until it is accepted by hand; we say so.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';

export type HttpsOptions = { key: string | Buffer; cert: string | Buffer; ca?: string | Buffer };

export async function devHttpsOptions(log: (line: string) => void = console.log): Promise<HttpsOptions> {
  try {
    const certs = (await import('office-addin-dev-certs')) as { getHttpsServerOptions(days?: number): Promise<HttpsOptions> };
    return await certs.getHttpsServerOptions();
  } catch (e) {
    log(`Không dùng được chứng chỉ Office (office-addin-dev-certs): ${(e as Error).message}`);
  }
  // The tool often creates the certificates and only fails to install its CA (no admin rights, no
  // sudo): serve with them anyway, so installing the CA later is all that is left to do.
  const office = join(homedir(), '.office-addin-dev-certs');
  if (['localhost.key', 'localhost.crt', 'ca.crt'].every((f) => existsSync(join(office, f)))) {
    log(`Dùng chứng chỉ Office trong ${office}; CA chưa được cài nên trình duyệt và Excel chưa tin nó — chạy «npx office-addin-dev-certs install» với quyền quản trị.`);
    return { key: readFileSync(join(office, 'localhost.key')), cert: readFileSync(join(office, 'localhost.crt')), ca: readFileSync(join(office, 'ca.crt')) };
  }
  const dir = join(homedir(), '.thidua-dev-certs');
  const key = join(dir, 'localhost.key');
  const cert = join(dir, 'localhost.crt');
  if (!existsSync(key) || !existsSync(cert)) {
    mkdirSync(dir, { recursive: true });
    execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '365', '-subj', '/CN=localhost', '-addext', 'subjectAltName=DNS:localhost,IP:127.0.0.1', '-keyout', key, '-out', cert], { stdio: 'ignore' });
  }
  log(`Dùng chứng chỉ tự ký ${cert}: trình duyệt và Excel chưa tin nó — hãy cài office-addin-dev-certs (npx office-addin-dev-certs install) để Excel nạp được phần bổ trợ.`);
  return { key: readFileSync(key), cert: readFileSync(cert) };
}
