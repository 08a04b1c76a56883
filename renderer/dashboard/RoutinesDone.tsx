export interface RoutinesDoneProps {
  readonly today: Readonly<Record<string, number>>;
  readonly month: Readonly<Record<string, number>>;
  readonly routineName?: ((id: string) => string) | undefined;
}

function List({
  counts,
  name,
  empty,
}: {
  counts: Readonly<Record<string, number>>;
  name: (id: string) => string;
  empty: string;
}) {
  const entries = Object.entries(counts).sort(([, a], [, b]) => b - a);
  if (entries.length === 0) return <p class="dash-muted">{empty}</p>;
  return (
    <ul class="dash-routines">
      {entries.map(([id, n]) => (
        <li key={id}>
          {name(id)} <span class="dash-muted">× {n}</span>
        </li>
      ))}
    </ul>
  );
}

export function RoutinesDone({ today, month, routineName }: RoutinesDoneProps) {
  const name = routineName ?? ((id: string) => id);
  return (
    <section class="dash-card" aria-labelledby="dash-routines-title">
      <h3 id="dash-routines-title">Routines done</h3>
      <div class="dash-columns">
        <div>
          <h4>Today</h4>
          <List counts={today} name={name} empty="None yet today." />
        </div>
        <div>
          <h4>Last 30 days</h4>
          <List counts={month} name={name} empty="None in the last 30 days." />
        </div>
      </div>
    </section>
  );
}
