// An error in words, placed right where it happened and announced as it appears.
export function ErrorText({ message, id }: { message: string | undefined; id?: string }) {
  return (
    <p id={id} class={message ? 'error-text' : 'error-text empty'} role="alert">
      {message ?? ''}
    </p>
  );
}
