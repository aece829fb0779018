import { useRef, useState } from 'react';

/** Props of DropZone: what to say, and what to do with the files. */
interface DropZoneProps {
  label: string;
  help: string;
  onFiles: (files: File[]) => void;
  disabled?: boolean;
}

/** A large drop target that is also a button (keyboard and touch pick files the usual way). */
export function DropZone({ label, help, onFiles, disabled }: DropZoneProps) {
  const input = useRef<HTMLInputElement>(null);
  const [over, setOver] = useState(false);
  return (
    <button
      type="button"
      className={`dropzone${over ? ' dropzone--over' : ''}`}
      disabled={disabled}
      onClick={() => input.current?.click()}
      onDragOver={(e) => {
        e.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={(e) => {
        e.preventDefault();
        setOver(false);
        onFiles([...e.dataTransfer.files]);
      }}
    >
      <strong>{label}</strong>
      <span>{help}</span>
      <input
        ref={input}
        type="file"
        multiple
        accept=".csv,.json,.parquet,text/csv,application/json,application/vnd.apache.parquet"
        hidden
        onChange={(e) => {
          onFiles([...(e.target.files ?? [])]);
          e.target.value = '';
        }}
      />
    </button>
  );
}
