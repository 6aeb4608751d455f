<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fi">
<context>
    <name>FactorPage</name>
    <message>
        <source>This part describes your work orientation: there is no better or worse answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 = strongly disagree … 5 = strongly agree. Keys: 1–5, N = not applicable.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FollowUpPage</name>
    <message>
        <source>Your next steps from last time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before you start: what became of the small steps you planned? Any answer is fine; a dropped step can teach as much as a done one. You can skip this page.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FollowUpRow</name>
    <message>
        <source>by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not looked at yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1: what became of it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What I learned (one line, optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1: what I learned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What became of it:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <source>Delete reflection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the reflection “%1” of %2? Its answers, notes and next steps are removed from this computer for good. This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My reflections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Newest first. Open one to read it; correct a finished one if an answer was not what you meant (the correction time is kept).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Occasion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My reflections, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unfinished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished %1, corrected %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No reflections yet. When you have made one, it is listed here, and you can come back to read or correct it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the selected reflection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;orrect answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen the selected finished reflection to correct answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected reflection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change over &amp;time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show change over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the home screen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HomeView</name>
    <message>
        <source>Welcome to HyPe Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reflect on your work orientation and on what supports pedagogical well-being in your work community, and bring what you choose to your team&apos;s workshop. A reflection aid, not a test or a diagnosis. Everything stays on this computer unless you export it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unfinished reflection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, started %2: %3 of %4 statements answered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Continue where I left off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue the unfinished reflection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start a new reflection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a new reflection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My &amp;reflections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the list of my reflections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change over &amp;time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show change over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latest reflection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, finished %2. %3 factors with a score.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open its &amp;summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the summary of the latest reflection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No finished reflections yet. Your first one takes about 15–30 minutes; you can stop at any time and continue later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open next steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No open next steps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of your steps are past their date. When you start your next reflection, you can say what became of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>overdue since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Kick-off workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closing workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coaching meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My own check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To raise with my lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partly done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finish a reflection first; then it can be exported as a PDF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a team file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team files (*.hype-round *.hype-team)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sharing works for a finished reflection of a team round. Open your lead&apos;s invitation (File › Open team file) and finish that reflection first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2

A reflection aid for pedagogical well-being, from the Finnish HyPe project. Not a validated test and not a diagnosis; it never ranks people.

Your data is kept in: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New reflection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open team file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Share with my team…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Team results…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export PDF for the workshop…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About HyPe Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My &amp;reflections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change over &amp;time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some text could not be saved. Quit anyway and lose it?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PromptsPage</name>
    <message>
        <source>Reflect in your own words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional. What you write here stays on this computer; you decide later whether to share any of it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>Export a PDF for the workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of the PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name on the cover (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name on the cover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earlier reflection to compare with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No comparison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next steps and how earlier steps went</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include next steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questions for the discussion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include questions for the discussion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My notes and answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing you wrote is included unless you tick it. Whoever gets the PDF can read what you tick.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes and answers to include</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick &amp;all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick all notes and answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Untick all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untick all notes and answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the file will contain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose where to save the PDF and write it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close this dialog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress of writing the PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note on: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer to: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What I learned, step: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sections:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your own text that will be in the file, exactly as written:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None of your own notes or answers will be in the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved to %1 (%2 pages).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScaleWidget</name>
    <message>
        <source>Not answered yet. Press 1 to 5, or N for not applicable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close settings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShareDialog</name>
    <message>
        <source>Nothing is chosen: tick at least one module.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file will contain:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>• Team %1, round: %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>• A code instead of your name (it changes from round to round)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>• When you finished the reflection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>• Your answers to %1 statements of “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>• Your note: “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>• Your answer: “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>• Your next step (%1): “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No notes or other text of yours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not in the file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the share file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HyPe share (*.hype)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share with my team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You decide what goes in the file. Your lead collates the files of the whole team and only sees group results, never one person&apos;s answers. But whoever receives this file itself (your lead, or anyone it is forwarded to) could open it and read what is in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answers to share, per module</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your own words (only what you tick)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You wrote no notes, answers or next steps in this reflection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the file will contain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <source>Start a reflection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a reflection aid, not a test or a diagnosis. There are no right or wrong answers. Your answers stay on this computer; nothing leaves it unless you export it yourself. Every answer is saved the moment you give it, so you can stop at any time and continue later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Occasion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Round:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name (optional):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the round (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Spring kick-off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of the round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to reflect on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(optional; these answers are especially personal)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one module (and, for the themes, at least one theme).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel and go back home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the reflection</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatementRow</name>
    <message>
        <source>What does this mean?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A short note (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note on: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StepRow</name>
    <message>
        <source>Step %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What will you do? Small and concrete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next step %1: what</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— no particular factor —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next step %1: linked factor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next step %1: whose step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next step %1: set a date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next step %1: by when</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StepsPage</name>
    <message>
        <source>Small next steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is one small, concrete thing you could try before the next round? Up to three, all optional. Next time, the app asks what became of them.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SummaryView</name>
    <message>
        <source>&amp;Home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the home screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export PDF for the workshop…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export this reflection as a PDF for the workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your reflection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A reflection aid, not an assessment of a person. The words describe how things look to you right now; they are a starting point for a conversation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your answers suggest that the load feels heavy right now. That is worth taking seriously, and you do not have to carry it alone: occupational health care (työterveyshuolto) and your lead are there to talk to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A note on load</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A profile of your work orientation: no score here is better or worse than another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too few answers for a score (%1 of %2 answered)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(higher = more strain)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No next steps this time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TeamView</name>
    <message>
        <source>Choose share files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HyPe share files (*.hype)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a folder of share files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The collation stopped: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No valid share file remained.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This collation differs from the one saved earlier for this round by fewer than %1 people. Comparing the two could reveal individuals, so the difference is not shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fewer than %1 people counted, so no scores are shown. For a team this small, reflecting together in workshop mode works better.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team %1 · %2 · %3 · %4 people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: fewer than %2 answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: mean %2, median %3, spread %4 (%5 people)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where views differ most (the best starting points for discussion):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the team agrees most:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change since the previous round:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared next steps:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared notes and answers (in random order):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared text is shown from %1 people up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the team summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HyPe team summary (*.hype-team)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete this round&apos;s collated answers? The saved group results stay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collate your team members&apos; share files (.hype). You see group results only: scores from %1 people up, distributions and shared text from %2 people up. Nobody&apos;s answers are shown one by one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop share files or a folder here, or choose them:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose &amp;files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a f&amp;older…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collation progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report per file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the home screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save team summary…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the team summary to send to the team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete collated answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete this round&apos;s collated answers, keeping the group results</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrendTableModel</name>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrendsView</name>
    <message>
        <source>(higher = more strain)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(profile)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score 1–5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(a statement no longer in the content: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not applicable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more strain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>less strain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>statement reworded since then</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new statement, not asked then</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>asked then, no longer asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG image (*.svg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the chart: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No finished reflections yet. After your first one you will see its profile here; from the second on, how each factor changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One finished reflection so far. A trend needs at least two, so the lines show single points; the profile shows where you are now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 finished reflections. A missing point means too few answers for a score; a factor you did not cover that time has no point.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Factors to show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare the latest with:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show all factors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show no factors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Factors to show in the chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earlier reflection to compare the latest with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lines over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lines as a table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile: latest and earlier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile as a table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What moved most</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next steps by factor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charts and tables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart: factor scores over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table: factor scores over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart: latest profile against an earlier reflection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table: latest profile against an earlier reflection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table: statements that moved most</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table: next steps linked to the chosen factors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Factor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earlier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What became of it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What I learned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save chart as PNG or SVG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the chart shown as a PNG or SVG file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My &amp;reflections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the list of my reflections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the home screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— nothing (latest only) —</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WizardView</name>
    <message>
        <source>Could not save: %1. What you entered is still here; try again, or check the disk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save and &amp;close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save and close; continue later from here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the previous page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finish the reflection and see the summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next page</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>self.view</name>
    <message>
        <source>not covered</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
