export function LoadingScreen() {
  return (
    <p role="status" className="loading">
      Loading records…
    </p>
  );
}
