<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv">
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
        <source>&amp;Settings…</source>
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
</TS>
