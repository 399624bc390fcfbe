import { useTranslation } from 'react-i18next';
import type { RichText } from '../../../shared/board/richText';
import { textRuns, useCanvasActions } from '../canvasUi';
import { formatShortcut } from '../formatting';

/**
 * An element's text: formatted runs when shown, a plain textarea while edited (the edit is
 * written as a minimal diff, so bold/italic outside the changed part survive).
 */
export function EditableText({
  id,
  field,
  text,
  rich,
  editing,
  label,
  maxLength,
  className,
}: {
  id: string;
  field: 'text' | 'title' | 'label';
  text: string;
  rich?: RichText;
  editing: boolean;
  /** Catalogue key (boards namespace) of the editor's label; translated only while editing. */
  label: EditorLabel;
  maxLength: number;
  className: string;
}) {
  if (editing) return <TextEditor id={id} field={field} text={text} label={label} maxLength={maxLength} className={className} />;
  return (
    <p className={className}>
      {textRuns(text, rich).map((run, index) => {
        const bold = run.attributes?.bold;
        const italic = run.attributes?.italic;
        if (!bold && !italic) return run.insert;
        const inner = italic ? <em key={index}>{run.insert}</em> : run.insert;
        return bold ? <strong key={index}>{inner}</strong> : inner;
      })}
    </p>
  );
}

export type EditorLabel = 'note.textLabel' | 'element.textField' | 'element.frameTitle' | 'element.connectorLabel';

function TextEditor({ id, field, text, label, maxLength, className }: { id: string; field: 'text' | 'title' | 'label'; text: string; label: EditorLabel; maxLength: number; className: string }) {
  const actions = useCanvasActions();
  const { t } = useTranslation('boards');
  return (
    <textarea
      className={`${className} canvas-editor nodrag nowheel nopan`}
      aria-label={t(label)}
      aria-description={t('canvas.editHint')}
      value={text}
      maxLength={maxLength}
      autoFocus
      onFocus={(event) => {
        const end = event.currentTarget.value.length;
        event.currentTarget.setSelectionRange(end, end);
      }}
      onChange={(event) => actions.setText(id, field, event.target.value)}
      onBlur={() => actions.stopEdit(id, false)}
      onKeyDown={(event) => {
        event.stopPropagation();
        const format = formatShortcut(event);
        if (format) {
          event.preventDefault();
          const { selectionStart, selectionEnd } = event.currentTarget;
          actions.format(id, { index: selectionStart, length: selectionEnd - selectionStart }, format);
          return;
        }
        if (event.key === 'Escape') {
          event.preventDefault();
          actions.stopEdit(id, true);
        }
      }}
    />
  );
}
