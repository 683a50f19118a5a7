/** A count with its noun in the right number: "1 article", "6 people", "3 feeds". */
export function counted(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}
