// The issued permit as a web page made for printing: the same content as its PDF
// (src/modules/permits/document-pdf.ts) — letterhead, title, number, holder, particulars,
// validity, place and date of issue, issuing officer — with the verification QR code as inline SVG
// and its address under it. The print styles (public/assets/pelita.css, "permit document") hide
// the site around it. The document itself is in Indonesian (src/domain/permits/document.ts);
// the controls around it follow the reader's language.
import {
  ISSUING_GOVERNMENT,
  VERIFY_NOTE,
  issuedLines,
  revokedLine,
  validityText,
  type PermitDocument,
} from '../../../src/domain/permits/document';
import { encodeQr, qrSvgPath } from '../../../src/domain/verification/qr';
import { translator, type Lang } from '../../../src/platform/i18n/lang';

function PermitQr(p: { text: string }) {
  const q = encodeQr(p.text);
  const n = q.size + 8;
  return (
    <svg
      class="permit-qr"
      xmlns="http://www.w3.org/2000/svg"
      viewBox={`0 0 ${n} ${n}`}
      width="140"
      height="140"
      role="img"
      aria-label="Kode QR ke halaman verifikasi izin ini"
      shape-rendering="crispEdges"
    >
      <rect x="0" y="0" width={n} height={n} fill="#fff" />
      <path d={qrSvgPath(q)} fill="#000" />
    </svg>
  );
}

export function PermitPrintPage(p: { lang: Lang; doc: PermitDocument; pdfHref: string; backHref: string }) {
  const t = translator(p.lang);
  const d = p.doc;
  return (
    <div class="wrap permit-print">
      <p class="no-print permit-print-controls">
        <a href={p.backHref}>{t('Kembali', 'Back')}</a> · <a href={p.pdfHref}>{t('Unduh izin (PDF)', 'Download the permit (PDF)')}</a> ·{' '}
        <button type="button" class="button" data-print>
          {t('Cetak', 'Print')}
        </button>{' '}
        <span class="muted">{t('(atau Ctrl+P)', '(or Ctrl+P)')}</span>
      </p>
      <article class={`permit-sheet${d.revoked ? ' permit-revoked' : ''}`} lang="id" data-standing={d.standing}>
        {d.revoked ? (
          <p class="permit-stamp" aria-hidden="true">
            DICABUT
          </p>
        ) : null}
        <header class="permit-letterhead">
          <p class="permit-government">{ISSUING_GOVERNMENT.toUpperCase()}</p>
          <p class="permit-unit">{d.unitName.toUpperCase()}</p>
        </header>
        {d.revoked ? (
          <div class="permit-revoked-banner" role="status">
            <strong>IZIN INI TELAH DICABUT</strong>
            <br />
            {revokedLine(d.revoked)}
          </div>
        ) : null}
        <h1 class="permit-title">{d.title.toUpperCase()}</h1>
        <p class="permit-number">
          Nomor: <span data-permit-number>{d.number}</span>
        </p>
        <p>Dengan ini memberikan izin kepada:</p>
        <table class="permit-particulars">
          <tbody>
            <tr>
              <th scope="row">Nama pemegang izin</th>
              <td>:</td>
              <td data-holder>{d.holderName}</td>
            </tr>
          </tbody>
        </table>
        {d.answers.length ? (
          <>
            <p>Dengan keterangan sebagai berikut:</p>
            <table class="permit-particulars">
              <tbody>
                {d.answers.map((a) => (
                  <tr>
                    <th scope="row">{a.label}</th>
                    <td>:</td>
                    <td>{a.value}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </>
        ) : null}
        <table class="permit-particulars">
          <tbody>
            <tr>
              <th scope="row">Masa berlaku</th>
              <td>:</td>
              <td>{validityText(d.validFrom, d.validUntil)}</td>
            </tr>
          </tbody>
        </table>
        <div class="permit-foot">
          <div class="permit-verify">
            <PermitQr text={d.verifyUrl} />
            <p class="permit-url">{d.verifyUrl}</p>
          </div>
          <div class="permit-signature">
            {issuedLines(d.issuedAt).map((line) => (
              <p>{line}</p>
            ))}
            <p>a.n. Kepala {d.unitName}</p>
            <p>Petugas penerbit,</p>
            <p class="permit-issuer">
              <strong>{d.issuer.name}</strong>
              {d.issuer.nip ? (
                <>
                  <br />
                  NIP. {d.issuer.nip}
                </>
              ) : null}
            </p>
          </div>
        </div>
        <p class="permit-note">{VERIFY_NOTE}</p>
      </article>
    </div>
  );
}
