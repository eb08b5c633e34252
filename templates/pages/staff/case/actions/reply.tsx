// Reply: a public answer, with the category's response templates (chosen from a list with
// JavaScript, copied by hand without it).
import { raw } from 'hono/html';
import { translator } from '../../../../../src/platform/i18n/lang';
import { MessageField, fieldId, type ActionFormProps } from './form';

export function ReplyFields(p: ActionFormProps) {
  const t = translator(p.lang);
  return (
    <>
      {p.templates.length ? (
        <div class="field" data-js-only hidden>
          <label for={fieldId(p, 'template')}>{t('Templat balasan', 'Response template')}</label>
          <span class="hint">{t('Memilih templat mengganti isi kotak balasan.', 'Choosing a template replaces the reply text.')}</span>
          <select id={fieldId(p, 'template')} data-fill={fieldId(p, 'message')}>
            <option value="">{t('— pilih templat —', '— choose a template —')}</option>
            {p.templates.map((tp) => (
              <option value={String(tp.id)} data-body={tp.body}>
                {tp.title}
              </option>
            ))}
          </select>
        </div>
      ) : null}
      <MessageField form={p} label={t('Balasan untuk pelapor (publik)', 'Reply to the citizen (public)')} />
      {p.templates.length ? (
        <details class="templates-nojs" data-nojs-only>
          <summary>{t('Templat balasan untuk kategori ini (salin ke kotak balasan)', 'Response templates for this category (copy into the reply)')}</summary>
          {p.templates.map((tp) => (
            <div class="template">
              <h4>{tp.title}</h4>
              <pre class="template-body">{tp.body}</pre>
            </div>
          ))}
        </details>
      ) : null}
    </>
  );
}

const TEMPLATE_SCRIPT = `(function(){
document.querySelectorAll('[data-js-only]').forEach(function(el){el.hidden=false;});
document.querySelectorAll('[data-nojs-only]').forEach(function(el){el.hidden=true;});
document.addEventListener('change',function(e){var s=e.target;if(!s||!s.matches||!s.matches('select[data-fill]'))return;
var o=s.options[s.selectedIndex];var ta=document.getElementById(s.getAttribute('data-fill'));
if(ta&&o&&o.getAttribute('data-body')){ta.value=o.getAttribute('data-body');ta.focus();}});
})();`;

/** Shows the template list and fills the reply box from it (the page adds it when reply is offered). */
export function ReplyTemplateScript(p: { nonce?: string | undefined }) {
  return <script nonce={p.nonce}>{raw(TEMPLATE_SCRIPT)}</script>;
}
