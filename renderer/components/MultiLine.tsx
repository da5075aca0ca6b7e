// Text with line breaks as typed (・ bullets kept), for 目的/活動内容/実績.
export function MultiLine({ text, className }: { text: string; className?: string }) {
  return <div className={`multiline ${className ?? ''}`}>{text}</div>;
}
