import { useId, useState, type FormEvent } from 'react';
import { Dialog } from '../ui/Dialog';

type Props = { open: boolean; defaultName: string; onClose: () => void; onSave: (name: string, description: string) => Promise<void> };

/** Name and describe a play so its stations and timing can start another plan. */
export function SavePlayDialog({ open, defaultName, onClose, onSave }: Props) {
  return (
    <Dialog title="Save as play" open={open} onClose={onClose}>
      {open && <PlayForm defaultName={defaultName} onClose={onClose} onSave={onSave} />}
    </Dialog>
  );
}

function PlayForm({ defaultName, onClose, onSave }: Omit<Props, 'open'>) {
  const id = useId();
  const [name, setName] = useState(defaultName);
  const [description, setDescription] = useState('');
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!name.trim()) return setError('Give the play a name you will recognise.');
    setBusy(true);
    try {
      await onSave(name.trim(), description.trim());
    } finally {
      setBusy(false);
    }
  };
  return (
    <form onSubmit={(e) => void submit(e)}>
      <p className="muted small-text">A play keeps the stations, adults and timing, not the groups or dates.</p>
      <div className="field">
        <label htmlFor={`${id}-name`}>Play name</label>
        <input id={`${id}-name`} value={name} maxLength={80} aria-invalid={!!error} onChange={(e) => setName(e.target.value)} />
        {error && <small className="field-error">{error}</small>}
      </div>
      <div className="field">
        <label htmlFor={`${id}-description`}>Description</label>
        <textarea id={`${id}-description`} rows={3} value={description} onChange={(e) => setDescription(e.target.value)} />
      </div>
      <div className="actions">
        <button type="submit" disabled={busy}>
          Save play
        </button>
        <button type="button" className="secondary" onClick={onClose}>
          Cancel
        </button>
      </div>
    </form>
  );
}
