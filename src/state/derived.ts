/**
 * A value worked out from `inputs` and kept until one of them changes (compared by identity). Reading it reads
 * the inputs, so a screen showing it updates with them; no reactive owner is needed, unlike createMemo.
 */
export function derived<I extends readonly unknown[], O>(inputs: () => I, compute: (values: I) => O): () => O {
  let last: { values: I; result: O } | undefined;
  return () => {
    const values = inputs();
    if (last === undefined || values.length !== last.values.length || values.some((value, i) => value !== last?.values[i])) {
      last = { values, result: compute(values) };
    }
    return last.result;
  };
}
