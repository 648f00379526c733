// A button that opens the browser's file chooser (Office add-ins and browsers alike allow this).
import { Button } from '@fluentui/react-components';
import { useRef } from 'react';

export function FilePicker({ label, accept, disabled, onFile }: { label: string; accept: string; disabled?: boolean; onFile: (file: File) => void }) {
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      <input
        ref={input}
        type="file"
        accept={accept}
        aria-label={label}
        hidden
        onChange={(e) => {
          const file = e.target.files?.[0];
          e.target.value = '';
          if (file) onFile(file);
        }}
      />
      <Button disabled={disabled} onClick={() => input.current?.click()}>
        {label}
      </Button>
    </>
  );
}

/* Made for: choosing a file from the pane: a button that opens the browser's file chooser, as Office add-ins and browsers both allow. */
