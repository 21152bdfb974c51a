/** Topic ids whose words are not the id with its hyphens read as spaces. */
const TOPIC_LABELS: Readonly<Record<string, string>> = {
  'e-commerce': 'e-commerce',
  'salesforce-strategy': 'Salesforce strategy',
};

/** A topic id in words: `customer-experience` → "customer experience". */
export function topicLabel(topic: string): string {
  return TOPIC_LABELS[topic] ?? topic.replace(/-/g, ' ');
}
