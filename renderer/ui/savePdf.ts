// Saving what a print view shows as a PDF (desktop: print-to-PDF and a save dialog; browser: the
// print dialog).
import { bridge } from '../bridge';
import { errorMessage, toast } from './toasts';

/** Saves the page as a PDF and says so; `what` names it in the messages ("the rotation chart"). */
export async function savePageAsPdf(what: string, suggestedName: string, options: { landscape?: boolean } = {}): Promise<void> {
  try {
    const result = await bridge.printToPdf({ suggestedName, landscape: !!options.landscape });
    if (result.saved) toast.success(result.path ? `Saved ${what} to ${result.path}.` : `Saved ${what}.`);
  } catch (error) {
    toast.error(`Could not save ${what} as a PDF: ${errorMessage(error)}`);
  }
}
