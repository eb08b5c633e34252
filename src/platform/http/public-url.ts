import type { AppConfig } from '../runtime/deps';

/**
 * The absolute address of a path on this portal: the one function behind every link in e-mail,
 * every QR code and every URL in an API answer. It comes from configuration (PUBLIC_BASE_URL; in
 * development the address the server listens on), never from the request: the Host header is the
 * client's to choose, and a link built from it would send a citizen's access key, or a certificate
 * check, to whatever site an attacker named (host-header poisoning).
 */
export function publicUrl(config: Pick<AppConfig, 'baseUrl'>, path = ''): string {
  return `${config.baseUrl}${path}`;
}
