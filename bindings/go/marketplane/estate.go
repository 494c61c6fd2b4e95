package marketplane

import (
	"context"
	"time"
)

// ApplyWithProgress applies plan, calling progress (from this goroutine, in order) after each change, and stops
// starting changes when ctx is done: the changes not sent end CANCELLED, and planning again converges. It returns
// the report of every change; a nil progress is allowed.
func (o *Estate) ApplyWithProgress(ctx context.Context, plan Plan, progress func(ProgressEvent)) (ApplyReport, error) {
	run, err := o.StartApply(plan)
	if err != nil {
		return ApplyReport{}, err
	}
	cancelled := false
	for {
		if !cancelled && ctx.Err() != nil {
			run.Cancel()
			cancelled = true
		}
		event := run.NextEvent(uint32((50 * time.Millisecond).Milliseconds()))
		if event != nil {
			if progress != nil {
				progress(*event)
			}
			continue
		}
		if run.IsFinished() {
			// Events sent just before the end are still queued: drain them.
			for event := run.NextEvent(0); event != nil; event = run.NextEvent(0) {
				if progress != nil {
					progress(*event)
				}
			}
			return run.Wait()
		}
	}
}
