import { useEffect, useId, useState, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../app/api';
import { useErrorText, useToast } from '../../ui';
import { checkPhotoFile } from './photoFile';

export interface PersonaPhotoProps {
  assetId: string;
  personName: string;
  onPhoto: (assetId: string) => void;
}

/** Shows the persona's photo from the local store and lets the team pick another image file. */
export function PersonaPhoto({ assetId, personName, onPhoto }: PersonaPhotoProps) {
  const { t } = useTranslation('studioTools');
  const toast = useToast();
  const errorText = useErrorText();
  const inputId = useId();
  const hintId = useId();
  // The URL is kept with the asset it shows, so a changed or cleared photo never shows the old one.
  const [loaded, setLoaded] = useState<{ assetId: string; url: string } | undefined>();
  const url = loaded && loaded.assetId === assetId ? loaded.url : undefined;

  useEffect(() => {
    if (!assetId) return;
    let objectUrl: string | undefined;
    let cancelled = false;
    api.getAsset({ id: assetId }).then(
      (asset) => {
        if (cancelled) return;
        objectUrl = URL.createObjectURL(new Blob([asset.bytes as Uint8Array<ArrayBuffer>], { type: asset.mime }));
        setLoaded({ assetId, url: objectUrl });
      },
      () => setLoaded(undefined),
    );
    return () => {
      cancelled = true;
      if (objectUrl) URL.revokeObjectURL(objectUrl);
    };
  }, [assetId]);

  const choose = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    const checked = checkPhotoFile(file);
    if ('problem' in checked) {
      toast.show(t(`persona.${checked.problem}`), 'error');
      return;
    }
    try {
      const stored = await api.putAsset({ mime: checked.mime, bytes: new Uint8Array(await file.arrayBuffer()) });
      onPhoto(stored.id);
      toast.show(t('persona.photoSaved'), 'success');
    } catch (error) {
      toast.show(errorText(error), 'error');
    }
  };

  return (
    <div className="field">
      <span className="field__label">{t('persona.photo')}</span>
      <div className="studio-photo">
        {url ? (
          <img src={url} alt={personName ? t('persona.photoAlt', { name: personName }) : t('persona.photoAltUnnamed')} />
        ) : (
          <p className="studio-hint">{t('persona.photoNone')}</p>
        )}
        <div>
          <label htmlFor={inputId} className="button button--secondary">
            {t('persona.photoPick')}
          </label>
          <input id={inputId} type="file" accept="image/png,image/jpeg,image/webp,image/gif" className="visually-hidden" aria-describedby={hintId} onChange={(event) => void choose(event)} />
        </div>
      </div>
      <p id={hintId} className="field__hint">{t('persona.photoHint')}</p>
    </div>
  );
}
