<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AboutPage</name>
    <message>
        <source>About Pausa</source>
        <translation>About Pausa</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>Short workplace courses for the pauses of a day.</source>
        <translation>Short workplace courses for the pauses of a day.</translation>
    </message>
    <message>
        <source>What is kept on this device</source>
        <translation>What is kept on this device</translation>
    </message>
    <message>
        <source>Your progress (the lessons you have read, your quiz answers and scores, your breathing minutes) is kept in one file: %1</source>
        <translation>Your progress (the lessons you have read, your quiz answers and scores, your breathing minutes) is kept in one file: %1</translation>
    </message>
    <message>
        <source>Your progress is kept only in memory this time, and is gone when the app closes.</source>
        <translation>Your progress is kept only in memory this time, and is gone when the app closes.</translation>
    </message>
    <message>
        <source>Your settings (language, theme, text size, sounds, the window&apos;s size and place) are kept in %1</source>
        <translation>Your settings (language, theme, text size, sounds, the window&apos;s size and place) are kept in %1</translation>
    </message>
    <message>
        <source>Both stay on this device. In Settings you can export your progress, or delete it.</source>
        <translation>Both stay on this device. In Settings you can export your progress, or delete it.</translation>
    </message>
    <message>
        <source>What is sent, and where</source>
        <translation>What is sent, and where</translation>
    </message>
    <message>
        <source>Licences</source>
        <translation>Licences</translation>
    </message>
    <message>
        <source>Pausa is built with Qt 6, used under the GNU Lesser General Public License, version 3 (LGPL-3.0). On Linux the Qt libraries come from your system&apos;s packages; their source is at https://download.qt.io.</source>
        <translation>Pausa is built with Qt 6, used under the GNU Lesser General Public License, version 3 (LGPL-3.0). On Linux the Qt libraries come from your system&apos;s packages; their source is at https://download.qt.io.</translation>
    </message>
    <message>
        <source>Your progress is stored with SQLite, which is in the public domain.</source>
        <translation>Your progress is stored with SQLite, which is in the public domain.</translation>
    </message>
    <message>
        <source>Pausa&apos;s app icon and breathing sounds were made for Pausa.</source>
        <translation>Pausa&apos;s app icon and breathing sounds were made for Pausa.</translation>
    </message>
    <message>
        <source>Nothing, unless you ask for it. Pausa does not reach the internet by itself, and a link in a lesson opens in your browser only when you choose to follow it.</source>
        <translation>Nothing, unless you ask for it. Pausa does not reach the internet by itself, and a link in a lesson opens in your browser only when you choose to follow it.</translation>
    </message>
    <message>
        <source>Courses: when you add your organisation&apos;s course link (Settings, Add courses), Pausa fetches that catalog and its courses from the address in the link, and checks it for updates every few hours. Nothing about you is sent with those requests.</source>
        <translation>Courses: when you add your organisation&apos;s course link (Settings, Add courses), Pausa fetches that catalog and its courses from the address in the link, and checks it for updates every few hours. Nothing about you is sent with those requests.</translation>
    </message>
    <message>
        <source>Results: only if you turn on Reporting results in Settings, Pausa sends a record of each lesson you finish, each quiz answer and result, each breathing exercise and each course you complete, with the time, the course and the name your organisation knows you by, to your organisation&apos;s learning record store. Nothing else leaves the device.</source>
        <translation>Results: only if you turn on Reporting results in Settings, Pausa sends a record of each lesson you finish, each quiz answer and result, each breathing exercise and each course you complete, with the time, the course and the name your organisation knows you by, to your organisation&apos;s learning record store. Nothing else leaves the device.</translation>
    </message>
    <message>
        <source>Pausa</source>
        <translation>Pausa</translation>
    </message>
    <message>
        <source>The interface icons are Google&apos;s Material Icons, used under the Apache License, version 2.0.</source>
        <translation>The interface icons are Google&apos;s Material Icons, used under the Apache License, version 2.0.</translation>
    </message>
</context>
<context>
    <name>AddCoursesPage</name>
    <message>
        <source>Add courses</source>
        <translation>Add courses</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <source>Your organisation gives you a link to its courses. Paste it here.</source>
        <translation>Your organisation gives you a link to its courses. Paste it here.</translation>
    </message>
    <message>
        <source>https://…/catalog.json</source>
        <translation>https://…/catalog.json</translation>
    </message>
    <message>
        <source>Show courses</source>
        <translation>Show courses</translation>
    </message>
    <message>
        <source>Courses from %1</source>
        <translation>Courses from %1</translation>
    </message>
    <message>
        <source>Courses in this catalog</source>
        <translation>Courses in this catalog</translation>
    </message>
    <message>
        <source>Installed courses</source>
        <translation>Installed courses</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>update available</source>
        <translation>update available</translation>
    </message>
    <message>
        <source>installed</source>
        <translation>installed</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 of %2</translation>
    </message>
    <message>
        <source>Install</source>
        <translation>Install</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Check for updates now</source>
        <translation>Check for updates now</translation>
    </message>
    <message>
        <source>Show installed courses</source>
        <translation>Show installed courses</translation>
    </message>
    <message>
        <source>Remove “%1”?</source>
        <translation>Remove “%1”?</translation>
    </message>
    <message>
        <source>The course leaves this device. Your progress in it is kept (it comes back if you add the course again), unless you delete it too.</source>
        <translation>The course leaves this device. Your progress in it is kept (it comes back if you add the course again), unless you delete it too.</translation>
    </message>
    <message>
        <source>Remove, keep my progress</source>
        <translation>Remove, keep my progress</translation>
    </message>
    <message>
        <source>Remove and delete my progress</source>
        <translation>Remove and delete my progress</translation>
    </message>
</context>
<context>
    <name>AppFrame</name>
    <message>
        <source>Home</source>
        <translation>Home</translation>
    </message>
    <message>
        <source>Breathe</source>
        <translation>Breathe</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progress</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
</context>
<context>
    <name>AppPage</name>
    <message>
        <source>Back</source>
        <translation>Back</translation>
    </message>
</context>
<context>
    <name>BreathePage</name>
    <message>
        <source>Breathe</source>
        <translation>Breathe</translation>
    </message>
    <message>
        <source>A minute of calm before a task you dread, after a hard moment at work or at the end of a shift.</source>
        <translation>A minute of calm before a task you dread, after a hard moment at work or at the end of a shift.</translation>
    </message>
</context>
<context>
    <name>BreathingControls</name>
    <message>
        <source>Stop</source>
        <translation>Stop</translation>
    </message>
    <message>
        <source>Stop the exercise</source>
        <translation>Stop the exercise</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continue</translation>
    </message>
    <message>
        <source>Again</source>
        <translation>Again</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Done, go back</source>
        <translation>Done, go back</translation>
    </message>
</context>
<context>
    <name>BreathingGuide</name>
    <message numerus="yes">
        <source>%n seconds</source>
        <translation>
            <numerusform>%n second</numerusform>
            <numerusform>%n seconds</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BreathingLengthPicker</name>
    <message>
        <source>Length</source>
        <translation>Length</translation>
    </message>
    <message>
        <source>Suggested</source>
        <translation>Suggested</translation>
    </message>
    <message>
        <source>Suggested length</source>
        <translation>Suggested length</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message>
        <source>Cycles</source>
        <translation>Cycles</translation>
    </message>
    <message>
        <source>Count cycles</source>
        <translation>Count cycles</translation>
    </message>
    <message>
        <source>Number of cycles</source>
        <translation>Number of cycles</translation>
    </message>
</context>
<context>
    <name>BreathingPatternCard</name>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message numerus="yes">
        <source>%1 min %2 s · %n cycles</source>
        <translation>
            <numerusform>%1 min %2 s · %n cycle</numerusform>
            <numerusform>%1 min %2 s · %n cycles</numerusform>
        </translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Adjust</source>
        <translation>Adjust</translation>
    </message>
    <message>
        <source>Adjust the phases of %1</source>
        <translation>Adjust the phases of %1</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Start %1</source>
        <translation>Start %1</translation>
    </message>
</context>
<context>
    <name>BreathingPatterns</name>
    <message>
        <source>Box breathing</source>
        <translation>Box breathing</translation>
    </message>
    <message>
        <source>4-7-8 breathing</source>
        <translation>4-7-8 breathing</translation>
    </message>
    <message>
        <source>Coherent breathing</source>
        <translation>Coherent breathing</translation>
    </message>
    <message>
        <source>Slow, even breaths: about five and a half seconds in, the same out. A few calm minutes at the end of a shift.</source>
        <translation>Slow, even breaths: about five and a half seconds in, the same out. A few calm minutes at the end of a shift.</translation>
    </message>
    <message>
        <source>Physiological sigh</source>
        <translation>Physiological sigh</translation>
    </message>
    <message>
        <source>Breathe in, then top up with a short second breath in, then let it all out slowly. The quickest way to let tension go.</source>
        <translation>Breathe in, then top up with a short second breath in, then let it all out slowly. The quickest way to let tension go.</translation>
    </message>
    <message>
        <source>Four equal steps: in, hold, out, hold. Steadies you before a task or a meeting you dread.</source>
        <translation>Four equal steps: in, hold, out, hold. Steadies you before a task or a meeting you dread.</translation>
    </message>
    <message>
        <source>In for 4, hold for 7, slowly out for 8. The long breath out helps you wind down after a hard moment at work.</source>
        <translation>In for 4, hold for 7, slowly out for 8. The long breath out helps you wind down after a hard moment at work.</translation>
    </message>
</context>
<context>
    <name>BreathingPhaseEditor</name>
    <message>
        <source>Shorter: %1</source>
        <translation>Shorter: %1</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>Longer: %1</source>
        <translation>Longer: %1</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Reset</translation>
    </message>
    <message>
        <source>Reset the phase lengths</source>
        <translation>Reset the phase lengths</translation>
    </message>
</context>
<context>
    <name>BreathingSessionPage</name>
    <message>
        <source>Paused</source>
        <translation>Paused</translation>
    </message>
    <message>
        <source>Well done</source>
        <translation>Well done</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Stopped</translation>
    </message>
    <message>
        <source>Ready when you are</source>
        <translation>Ready when you are</translation>
    </message>
    <message>
        <source>This exercise is not available.</source>
        <translation>This exercise is not available.</translation>
    </message>
    <message>
        <source>Breathe</source>
        <translation>Breathe</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>%1 left</translation>
    </message>
    <message>
        <source>Cycle %1 of %2</source>
        <translation>Cycle %1 of %2</translation>
    </message>
    <message numerus="yes">
        <source>%n cycles</source>
        <translation>
            <numerusform>%n cycle</numerusform>
            <numerusform>%n cycles</numerusform>
        </translation>
    </message>
    <message>
        <source>Paused while you were away.</source>
        <translation>Paused while you were away.</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continue</translation>
    </message>
    <message>
        <source>Continue the exercise</source>
        <translation>Continue the exercise</translation>
    </message>
    <message>
        <source>End the exercise</source>
        <translation>End the exercise</translation>
    </message>
</context>
<context>
    <name>BreathingWords</name>
    <message>
        <source>Breathe in a little more</source>
        <translation>Breathe in a little more</translation>
    </message>
    <message>
        <source>Breathe in</source>
        <translation>Breathe in</translation>
    </message>
    <message>
        <source>Keep breathing out</source>
        <translation>Keep breathing out</translation>
    </message>
    <message>
        <source>Breathe out</source>
        <translation>Breathe out</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>Hold</translation>
    </message>
</context>
<context>
    <name>CourseCard</name>
    <message>
        <source>%1 % complete</source>
        <translation>%1 % complete</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n lesson(s) · %2 min</source>
        <translation>
            <numerusform>%1 of %n lesson · %2 min</numerusform>
            <numerusform>%1 of %n lessons · %2 min</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CourseLibrary</name>
    <message>
        <source>“%1” (from %2) is shown in place of the built-in course “%3”: both have the id “%4”, so they share progress.</source>
        <translation>“%1” (from %2) is shown in place of the built-in course “%3”: both have the id “%4”, so they share progress.</translation>
    </message>
</context>
<context>
    <name>CourseProgressRows</name>
    <message>
        <source>quiz %1 %</source>
        <translation>quiz %1 %</translation>
    </message>
    <message>
        <source>remembers ~%1 %</source>
        <translation>remembers ~%1 %</translation>
    </message>
    <message>
        <source>%1 due</source>
        <translation>%1 due</translation>
    </message>
    <message>
        <source>Mastered</source>
        <translation>Mastered</translation>
    </message>
</context>
<context>
    <name>CourseSection</name>
    <message numerus="yes">
        <source>%1 of %n lesson(s) · %2 % complete</source>
        <translation>
            <numerusform>%1 of %n lesson · %2 % complete</numerusform>
            <numerusform>%1 of %n lessons · %2 % complete</numerusform>
        </translation>
    </message>
    <message>
        <source>No course could be loaded.</source>
        <translation>No course could be loaded.</translation>
    </message>
</context>
<context>
    <name>CourseSubscriptions</name>
    <message>
        <source>The course could not be removed: %1</source>
        <translation>The course could not be removed: %1</translation>
    </message>
    <message>
        <source>The course was removed. Your progress in it is kept.</source>
        <translation>The course was removed. Your progress in it is kept.</translation>
    </message>
    <message>
        <source>Cancelled. Nothing half-downloaded was installed.</source>
        <translation>Cancelled. Nothing half-downloaded was installed.</translation>
    </message>
    <message>
        <source>Not done: %1</source>
        <translation>Not done: %1</translation>
    </message>
    <message>
        <source>Your courses are up to date.</source>
        <translation>Your courses are up to date.</translation>
    </message>
    <message>
        <source>Nothing new: your courses are up to date.</source>
        <translation>Nothing new: your courses are up to date.</translation>
    </message>
</context>
<context>
    <name>HomeDock</name>
    <message>
        <source>Calm down now</source>
        <translation>Calm down now</translation>
    </message>
    <message>
        <source>Calm down now, a one-minute breathing exercise</source>
        <translation>Calm down now, a one-minute breathing exercise</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>Pausa</source>
        <translation>Pausa</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continue</translation>
    </message>
    <message>
        <source>Well done!</source>
        <translation>Well done!</translation>
    </message>
    <message>
        <source>Next up</source>
        <translation>Next up</translation>
    </message>
    <message>
        <source>You have finished the whole course. Retake a quiz or breathe for a while.</source>
        <translation>You have finished the whole course. Retake a quiz or breathe for a while.</translation>
    </message>
    <message>
        <source>Quiz: %1</source>
        <translation>Quiz: %1</translation>
    </message>
    <message>
        <source>card %1 of %2</source>
        <translation>card %1 of %2</translation>
    </message>
    <message>
        <source>question %1 of %2</source>
        <translation>question %1 of %2</translation>
    </message>
    <message>
        <source>about %1 min</source>
        <translation>about %1 min</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Calm down now · 1 min</source>
        <translation>Calm down now · 1 min</translation>
    </message>
    <message>
        <source>Calm down now, a one-minute breathing exercise</source>
        <translation>Calm down now, a one-minute breathing exercise</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) in a row</source>
        <translation>
            <numerusform>%n day in a row</numerusform>
            <numerusform>%n days in a row</numerusform>
        </translation>
    </message>
    <message>
        <source>Some content could not be loaded:</source>
        <translation>Some content could not be loaded:</translation>
    </message>
    <message>
        <source>You have finished all your courses. Retake a quiz or breathe for a while.</source>
        <translation>You have finished all your courses. Retake a quiz or breathe for a while.</translation>
    </message>
    <message>
        <source>Your courses</source>
        <translation>Your courses</translation>
    </message>
    <message>
        <source>Add courses…</source>
        <translation>Add courses…</translation>
    </message>
</context>
<context>
    <name>LessonPage</name>
    <message>
        <source>Card %1 of %2</source>
        <translation>Card %1 of %2</translation>
    </message>
    <message>
        <source>Lesson done</source>
        <translation>Lesson done</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>Next: %1</translation>
    </message>
    <message>
        <source>Next: the module&apos;s quiz</source>
        <translation>Next: the module&apos;s quiz</translation>
    </message>
    <message>
        <source>That was the module&apos;s last lesson.</source>
        <translation>That was the module&apos;s last lesson.</translation>
    </message>
    <message>
        <source>Previous card</source>
        <translation>Previous card</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Next</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Next card</source>
        <translation>Next card</translation>
    </message>
</context>
<context>
    <name>LessonReader</name>
    <message>
        <source>This lesson is not in the course any more.</source>
        <translation>This lesson is not in the course any more.</translation>
    </message>
    <message>
        <source>This lesson has no text.</source>
        <translation>This lesson has no text.</translation>
    </message>
</context>
<context>
    <name>LinkConfirmation</name>
    <message>
        <source>Open this link?</source>
        <translation>Open this link?</translation>
    </message>
    <message>
        <source>This link cannot be opened</source>
        <translation>This link cannot be opened</translation>
    </message>
    <message>
        <source>It opens outside Pausa, in your browser or mail app.</source>
        <translation>It opens outside Pausa, in your browser or mail app.</translation>
    </message>
    <message>
        <source>A course can link to web pages (https, http), e-mail addresses and its own files, nothing else.</source>
        <translation>A course can link to web pages (https, http), e-mail addresses and its own files, nothing else.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Pausa</source>
        <translation>Pausa</translation>
    </message>
</context>
<context>
    <name>MarkdownBlocks</name>
    <message>
        <source>Image missing: %1</source>
        <translation>Image missing: %1</translation>
    </message>
</context>
<context>
    <name>ModuleCard</name>
    <message>
        <source>Mastered</source>
        <translation>Mastered</translation>
    </message>
    <message>
        <source>Could not be loaded: %1</source>
        <translation>Could not be loaded: %1</translation>
    </message>
    <message>
        <source>quiz %1 %</source>
        <translation>quiz %1 %</translation>
    </message>
    <message>
        <source>Quiz · best %1 %</source>
        <translation>Quiz · best %1 %</translation>
    </message>
    <message>
        <source>Quiz</source>
        <translation>Quiz</translation>
    </message>
    <message>
        <source>%1 % complete</source>
        <translation>%1 % complete</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n lesson(s) done</source>
        <translation>
            <numerusform>%1 of %n lesson done</numerusform>
            <numerusform>%1 of %n lessons done</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n lesson(s) · %2 min</source>
        <translation>
            <numerusform>%1 of %n lesson · %2 min</numerusform>
            <numerusform>%1 of %n lessons · %2 min</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ModulePage</name>
    <message>
        <source>This module could not be loaded: %1</source>
        <translation>This module could not be loaded: %1</translation>
    </message>
    <message>
        <source>%1 % complete</source>
        <translation>%1 % complete</translation>
    </message>
    <message>
        <source>Lessons</source>
        <translation>Lessons</translation>
    </message>
    <message>
        <source>done</source>
        <translation>done</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>Quiz</source>
        <translation>Quiz</translation>
    </message>
    <message numerus="yes">
        <source>%n question(s)</source>
        <translation>
            <numerusform>%n question</numerusform>
            <numerusform>%n questions</numerusform>
        </translation>
    </message>
    <message>
        <source>best %1 %, last %2 %</source>
        <translation>best %1 %, last %2 %</translation>
    </message>
    <message>
        <source>not taken yet</source>
        <translation>not taken yet</translation>
    </message>
    <message>
        <source>pass mark %1 %</source>
        <translation>pass mark %1 %</translation>
    </message>
    <message>
        <source>Take the quiz again</source>
        <translation>Take the quiz again</translation>
    </message>
    <message>
        <source>Take the quiz</source>
        <translation>Take the quiz</translation>
    </message>
    <message>
        <source>Breathing exercises</source>
        <translation>Breathing exercises</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
</context>
<context>
    <name>NoticeBanner</name>
    <message>
        <source>Dismiss</source>
        <translation>Dismiss</translation>
    </message>
</context>
<context>
    <name>ProgressPage</name>
    <message>
        <source>Progress</source>
        <translation>Progress</translation>
    </message>
    <message>
        <source>of the course done</source>
        <translation>of the course done</translation>
    </message>
    <message>
        <source>Lately</source>
        <translation>Lately</translation>
    </message>
    <message>
        <source>Nothing yet. Your first lesson takes two minutes.</source>
        <translation>Nothing yet. Your first lesson takes two minutes.</translation>
    </message>
    <message>
        <source>Quiz · %1 · %2 %</source>
        <translation>Quiz · %1 · %2 %</translation>
    </message>
    <message>
        <source>Breathing, %1 min</source>
        <translation>Breathing, %1 min</translation>
    </message>
    <message numerus="yes">
        <source>day(s) in a row</source>
        <translation>
            <numerusform>day in a row</numerusform>
            <numerusform>days in a row</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>minute(s) of breathing</source>
        <translation>
            <numerusform>minute of breathing</numerusform>
            <numerusform>minutes of breathing</numerusform>
        </translation>
    </message>
    <message>
        <source>lessons done in your courses</source>
        <translation>lessons done in your courses</translation>
    </message>
</context>
<context>
    <name>ProgressStore</name>
    <message>
        <source>Pausa can&apos;t save your progress on this device right now, so what you do in this session won&apos;t be kept.</source>
        <translation>Pausa can&apos;t save your progress on this device right now, so what you do in this session won&apos;t be kept.</translation>
    </message>
    <message>
        <source>Your device is full, so Pausa can&apos;t save your progress: what you do in this session won&apos;t be kept. Free up some space and restart Pausa.</source>
        <translation>Your device is full, so Pausa can&apos;t save your progress: what you do in this session won&apos;t be kept. Free up some space and restart Pausa.</translation>
    </message>
    <message>
        <source>Your progress was saved by a newer version of Pausa. This version leaves it untouched and won&apos;t save this session: update Pausa to continue where you left off.</source>
        <translation>Your progress was saved by a newer version of Pausa. This version leaves it untouched and won&apos;t save this session: update Pausa to continue where you left off.</translation>
    </message>
    <message>
        <source>Your saved progress was damaged and couldn&apos;t be read, so Pausa started a new record. The damaged file was kept as %1.</source>
        <translation>Your saved progress was damaged and couldn&apos;t be read, so Pausa started a new record. The damaged file was kept as %1.</translation>
    </message>
    <message>
        <source>Your saved progress is damaged and Pausa can&apos;t replace it, so what you do in this session won&apos;t be kept.</source>
        <translation>Your saved progress is damaged and Pausa can&apos;t replace it, so what you do in this session won&apos;t be kept.</translation>
    </message>
    <message>
        <source>Pausa can&apos;t record your progress in this session.</source>
        <translation>Pausa can&apos;t record your progress in this session.</translation>
    </message>
    <message>
        <source>Your progress couldn&apos;t be saved because the progress store is not open.</source>
        <translation>Your progress couldn&apos;t be saved because the progress store is not open.</translation>
    </message>
    <message>
        <source>Your progress couldn&apos;t be read because the progress file is damaged. Restart Pausa to repair it.</source>
        <translation>Your progress couldn&apos;t be read because the progress file is damaged. Restart Pausa to repair it.</translation>
    </message>
    <message>
        <source>Your progress couldn&apos;t be read because of a storage error.</source>
        <translation>Your progress couldn&apos;t be read because of a storage error.</translation>
    </message>
    <message>
        <source>Your progress couldn&apos;t be saved because the device is full.</source>
        <translation>Your progress couldn&apos;t be saved because the device is full.</translation>
    </message>
    <message>
        <source>Your progress couldn&apos;t be saved because Pausa can&apos;t write to its storage.</source>
        <translation>Your progress couldn&apos;t be saved because Pausa can&apos;t write to its storage.</translation>
    </message>
    <message>
        <source>Your progress couldn&apos;t be saved because the progress file is damaged. Restart Pausa to repair it.</source>
        <translation>Your progress couldn&apos;t be saved because the progress file is damaged. Restart Pausa to repair it.</translation>
    </message>
    <message>
        <source>Your progress couldn&apos;t be saved because another copy of Pausa is using it.</source>
        <translation>Your progress couldn&apos;t be saved because another copy of Pausa is using it.</translation>
    </message>
    <message>
        <source>Your progress couldn&apos;t be saved because of an unexpected storage error.</source>
        <translation>Your progress couldn&apos;t be saved because of an unexpected storage error.</translation>
    </message>
    <message>
        <source>Progress was not saved: %1.</source>
        <translation>Progress was not saved: %1.</translation>
    </message>
    <message>
        <source>Your progress couldn&apos;t be exported to %1.</source>
        <translation>Your progress couldn&apos;t be exported to %1.</translation>
    </message>
    <message numerus="yes">
        <source>Your saved progress was damaged. Pausa kept everything it could still read (%n completed lesson(s) among it) in a new record; the damaged file was kept as %1.</source>
        <translation>
            <numerusform>Your saved progress was damaged. Pausa kept everything it could still read (%n completed lesson among it) in a new record; the damaged file was kept as %1.</numerusform>
            <numerusform>Your saved progress was damaged. Pausa kept everything it could still read (%n completed lessons among it) in a new record; the damaged file was kept as %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Pausa isn&apos;t allowed to read your saved progress (the file&apos;s permissions changed), so it left the file as it is and won&apos;t save this session. Restore the permissions and restart Pausa to continue where you left off.</source>
        <translation>Pausa isn&apos;t allowed to read your saved progress (the file&apos;s permissions changed), so it left the file as it is and won&apos;t save this session. Restore the permissions and restart Pausa to continue where you left off.</translation>
    </message>
    <message numerus="yes">
        <source>Part of your recent progress is missing (%n step(s)): the progress file was changed or removed by another program while Pausa was running, or the device lost power. Everything else was kept.</source>
        <translation>
            <numerusform>Part of your recent progress is missing (%n step): the progress file was changed or removed by another program while Pausa was running, or the device lost power. Everything else was kept.</numerusform>
            <numerusform>Part of your recent progress is missing (%n steps): the progress file was changed or removed by another program while Pausa was running, or the device lost power. Everything else was kept.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QuizEntry</name>
    <message>
        <source>Your answer</source>
        <translation>Your answer</translation>
    </message>
</context>
<context>
    <name>QuizFeedback</name>
    <message>
        <source>Right</source>
        <translation>Right</translation>
    </message>
    <message>
        <source>Partly right (%1 %)</source>
        <translation>Partly right (%1 %)</translation>
    </message>
    <message>
        <source>Not quite</source>
        <translation>Not quite</translation>
    </message>
    <message>
        <source>Saved. Reflections are for you and are not graded.</source>
        <translation>Saved. Reflections are for you and are not graded.</translation>
    </message>
    <message>
        <source>Right answer: %1</source>
        <translation>Right answer: %1</translation>
    </message>
    <message>
        <source>The other answers</source>
        <translation>The other answers</translation>
    </message>
    <message>
        <source>The other answers, explained</source>
        <translation>The other answers, explained</translation>
    </message>
</context>
<context>
    <name>QuizMatching</name>
    <message>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Right</translation>
    </message>
    <message>
        <source>Belongs here: %1</source>
        <translation>Belongs here: %1</translation>
    </message>
</context>
<context>
    <name>QuizPage</name>
    <message>
        <source>Quiz: %1</source>
        <translation>Quiz: %1</translation>
    </message>
    <message>
        <source>This quiz has no questions that could be loaded.</source>
        <translation>This quiz has no questions that could be loaded.</translation>
    </message>
    <message>
        <source>Practice</source>
        <translation>Practice</translation>
    </message>
    <message>
        <source>Question %1 of %2</source>
        <translation>Question %1 of %2</translation>
    </message>
    <message>
        <source>Choose all that apply.</source>
        <translation>Choose all that apply.</translation>
    </message>
    <message>
        <source>Your answer</source>
        <translation>Your answer</translation>
    </message>
    <message>
        <source>Write a few lines for yourself. This is not graded.</source>
        <translation>Write a few lines for yourself. This is not graded.</translation>
    </message>
    <message>
        <source>Your reflection</source>
        <translation>Your reflection</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Answer</translation>
    </message>
    <message>
        <source>Next question</source>
        <translation>Next question</translation>
    </message>
    <message>
        <source>See the result</source>
        <translation>See the result</translation>
    </message>
    <message>
        <source>Nothing to review right now.</source>
        <translation>Nothing to review right now.</translation>
    </message>
</context>
<context>
    <name>QuizResult</name>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Practice round: not counted toward the module.</source>
        <translation>Practice round: not counted toward the module.</translation>
    </message>
    <message>
        <source>Passed! The pass mark is %1 %.</source>
        <translation>Passed! The pass mark is %1 %.</translation>
    </message>
    <message>
        <source>Not passed yet: the pass mark is %1 %.</source>
        <translation>Not passed yet: the pass mark is %1 %.</translation>
    </message>
    <message>
        <source>To look at again</source>
        <translation>To look at again</translation>
    </message>
    <message>
        <source>Right answer: %1</source>
        <translation>Right answer: %1</translation>
    </message>
    <message>
        <source>Practise the missed ones (%1)</source>
        <translation>Practise the missed ones (%1)</translation>
    </message>
    <message>
        <source>Take the whole quiz again</source>
        <translation>Take the whole quiz again</translation>
    </message>
    <message>
        <source>Back to the module</source>
        <translation>Back to the module</translation>
    </message>
</context>
<context>
    <name>QuizSession</name>
    <message>
        <source>True</source>
        <translation>True</translation>
    </message>
    <message>
        <source>False</source>
        <translation>False</translation>
    </message>
    <message>
        <source>Write a number, for example %1.</source>
        <translation>Write a number, for example %1.</translation>
    </message>
    <message>
        <source>“%1” is not a number. Write it like %2.</source>
        <translation>“%1” is not a number. Write it like %2.</translation>
    </message>
</context>
<context>
    <name>ReportingConsent</name>
    <message>
        <source>Send your results to your organisation?</source>
        <translation>Send your results to your organisation?</translation>
    </message>
    <message>
        <source>Pausa will send to %1, as %2:</source>
        <translation>Pausa will send to %1, as %2:</translation>
    </message>
    <message>
        <source>• each lesson you read to the end, with the time it took
• each quiz answer: your answer, whether it was right and its score
• each quiz you finish: passed or failed, with your score
• each breathing exercise you complete, with its length
• each course you complete
with the course, the module, the time of day and the course&apos;s language. Nothing else leaves this device. Results you complete while offline are sent later.</source>
        <translation>• each lesson you read to the end, with the time it took
• each quiz answer: your answer, whether it was right and its score
• each quiz you finish: passed or failed, with your score
• each breathing exercise you complete, with its length
• each course you complete
with the course, the module, the time of day and the course&apos;s language. Nothing else leaves this device. Results you complete while offline are sent later.</translation>
    </message>
    <message>
        <source>This is how a finished lesson looks as it is sent:</source>
        <translation>This is how a finished lesson looks as it is sent:</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Turn on</source>
        <translation>Turn on</translation>
    </message>
</context>
<context>
    <name>ReportingSection</name>
    <message>
        <source>Reporting results</source>
        <translation>Reporting results</translation>
    </message>
    <message>
        <source>Off unless you turn it on. Your organisation gives you a link; with it, Pausa sends what you complete to your organisation&apos;s learning record store.</source>
        <translation>Off unless you turn it on. Your organisation gives you a link; with it, Pausa sends what you complete to your organisation&apos;s learning record store.</translation>
    </message>
    <message>
        <source>Send my results to my organisation</source>
        <translation>Send my results to my organisation</translation>
    </message>
    <message>
        <source>To %1 as %2</source>
        <translation>To %1 as %2</translation>
    </message>
    <message>
        <source>%1 sent, %2 waiting, %3 not accepted</source>
        <translation>%1 sent, %2 waiting, %3 not accepted</translation>
    </message>
    <message>
        <source>Last send: %1</source>
        <translation>Last send: %1</translation>
    </message>
    <message>
        <source>Nothing sent yet.</source>
        <translation>Nothing sent yet.</translation>
    </message>
    <message>
        <source>Not accepted: %1</source>
        <translation>Not accepted: %1</translation>
    </message>
    <message>
        <source>Send now</source>
        <translation>Send now</translation>
    </message>
    <message>
        <source>Organisation link</source>
        <translation>Organisation link</translation>
    </message>
    <message>
        <source>Use link</source>
        <translation>Use link</translation>
    </message>
    <message>
        <source>Link saved. Enter your name below.</source>
        <translation>Link saved. Enter your name below.</translation>
    </message>
    <message>
        <source>LRS address</source>
        <translation>LRS address</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Key</translation>
    </message>
    <message>
        <source>Secret</source>
        <translation>Secret</translation>
    </message>
    <message>
        <source>(saved)</source>
        <translation>(saved)</translation>
    </message>
    <message>
        <source>Organisation web address</source>
        <translation>Organisation web address</translation>
    </message>
    <message>
        <source>Your name at work</source>
        <translation>Your name at work</translation>
    </message>
    <message>
        <source>Employee id or work e-mail</source>
        <translation>Employee id or work e-mail</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <source>Stop reporting results?</source>
        <translation>Stop reporting results?</translation>
    </message>
    <message numerus="yes">
        <source>Nothing more is sent. %n result(s) have not been sent yet: keep them, to send if you turn reporting on again, or delete them?</source>
        <translation>
            <numerusform>Nothing more is sent. %n result has not been sent yet: keep it, to send if you turn reporting on again, or delete it?</numerusform>
            <numerusform>Nothing more is sent. %n results have not been sent yet: keep them, to send if you turn reporting on again, or delete them?</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Stop and delete them</source>
        <translation>Stop and delete them</translation>
    </message>
    <message>
        <source>Stop and keep them</source>
        <translation>Stop and keep them</translation>
    </message>
</context>
<context>
    <name>ResultReporting</name>
    <message>
        <source>%1 at %2</source>
        <translation>%1 at %2</translation>
    </message>
    <message>
        <source>The LRS refused the credentials: check your organisation link.</source>
        <translation>The LRS refused the credentials: check your organisation link.</translation>
    </message>
    <message>
        <source>Enter the name your organisation knows you by.</source>
        <translation>Enter the name your organisation knows you by.</translation>
    </message>
    <message>
        <source>Enter your organisation&apos;s web address, or use your work e-mail address as your name.</source>
        <translation>Enter your organisation&apos;s web address, or use your work e-mail address as your name.</translation>
    </message>
</context>
<context>
    <name>ReviewOfferContent</name>
    <message>
        <source>Time to remember</source>
        <translation>Time to remember</translation>
    </message>
    <message>
        <source>A few questions you answered before, just before you would forget them.</source>
        <translation>A few questions you answered before, just before you would forget them.</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>Review for %1 minutes</source>
        <translation>Review for %1 minutes</translation>
    </message>
    <message>
        <source>Review · %1 min</source>
        <translation>Review · %1 min</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>Done for now</source>
        <translation>Done for now</translation>
    </message>
    <message>
        <source>%1 of %2 questions recalled.</source>
        <translation>%1 of %2 questions recalled.</translation>
    </message>
    <message>
        <source>The rest waits for your next pause.</source>
        <translation>The rest waits for your next pause.</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Back</translation>
    </message>
</context>
<context>
    <name>ReviewSession</name>
    <message>
        <source>Review</source>
        <translation>Review</translation>
    </message>
</context>
<context>
    <name>ReviewSettings</name>
    <message>
        <source>Review</source>
        <translation>Review</translation>
    </message>
    <message>
        <source>Session length</source>
        <translation>Session length</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>At most %1 questions a day</source>
        <translation>At most %1 questions a day</translation>
    </message>
    <message>
        <source>Questions a day at most</source>
        <translation>Questions a day at most</translation>
    </message>
    <message>
        <source>Remember %1 % when a question comes back</source>
        <translation>Remember %1 % when a question comes back</translation>
    </message>
    <message>
        <source>Desired retention</source>
        <translation>Desired retention</translation>
    </message>
    <message>
        <source>Higher means questions come back sooner and more often.</source>
        <translation>Higher means questions come back sooner and more often.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>Saved to %1</translation>
    </message>
    <message>
        <source>Reset progress?</source>
        <translation>Reset progress?</translation>
    </message>
    <message>
        <source>All lessons, quiz scores, streaks and breathing minutes are deleted from this device. This cannot be undone.</source>
        <translation>All lessons, quiz scores, streaks and breathing minutes are deleted from this device. This cannot be undone.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Theme</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Light</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dark</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>Text size</translation>
    </message>
    <message>
        <source>Sounds</source>
        <translation>Sounds</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Volume</translation>
    </message>
    <message>
        <source>Reduce motion</source>
        <translation>Reduce motion</translation>
    </message>
    <message>
        <source>Your progress</source>
        <translation>Your progress</translation>
    </message>
    <message>
        <source>Kept on this device.</source>
        <translation>Kept on this device.</translation>
    </message>
    <message>
        <source>Not saved: progress is kept only until the app closes.</source>
        <translation>Not saved: progress is kept only until the app closes.</translation>
    </message>
    <message>
        <source>Export as JSON</source>
        <translation>Export as JSON</translation>
    </message>
    <message>
        <source>Export as CSV</source>
        <translation>Export as CSV</translation>
    </message>
    <message>
        <source>Reset progress…</source>
        <translation>Reset progress…</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>Export progress</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON files (*.json)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Delete everything</source>
        <translation>Delete everything</translation>
    </message>
    <message>
        <source>Courses</source>
        <translation>Courses</translation>
    </message>
    <message>
        <source>Add courses…</source>
        <translation>Add courses…</translation>
    </message>
    <message>
        <source>About Pausa</source>
        <translation>About Pausa</translation>
    </message>
</context>
<context>
    <name>SideNav</name>
    <message>
        <source>Pausa</source>
        <translation>Pausa</translation>
    </message>
</context>
<context>
    <name>XapiSender</name>
    <message>
        <source>The organisation&apos;s LRS could not be reached (%1).</source>
        <translation>The organisation&apos;s LRS could not be reached (%1).</translation>
    </message>
    <message>
        <source>The organisation&apos;s LRS answered %1; sending again later.</source>
        <translation>The organisation&apos;s LRS answered %1; sending again later.</translation>
    </message>
    <message>
        <source>The LRS refused the credentials: check your organisation link.</source>
        <translation>The LRS refused the credentials: check your organisation link.</translation>
    </message>
</context>
</TS>
