import { ImportedSchedules } from './ImportedSchedules';
import { ScheduleImport } from './ScheduleImport';
import { SitePermissions } from '../sites/SitePermissions';

/** The dashboard's Schedules view: import a schedule file, the schedules imported, and the sites granted. */
export function SchedulesView({ suggestions }: { suggestions: readonly string[] }) {
  return (
    <>
      <ScheduleImport />
      <ImportedSchedules suggestions={suggestions} />
      <SitePermissions />
    </>
  );
}
