<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE">
<context>
    <name>AboutPage</name>
    <message>
        <source>About Pausa</source>
        <translation>Om Pausa</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>Short workplace courses for the pauses of a day.</source>
        <translation>Korta jobbkurser för dagens pauser.</translation>
    </message>
    <message>
        <source>What is kept on this device</source>
        <translation>Vad som sparas på den här enheten</translation>
    </message>
    <message>
        <source>Your progress (the lessons you have read, your quiz answers and scores, your breathing minutes) is kept in one file: %1</source>
        <translation>Dina framsteg (lektionerna du har läst, dina quizsvar och resultat, dina andningsminuter) sparas i en fil: %1</translation>
    </message>
    <message>
        <source>Your progress is kept only in memory this time, and is gone when the app closes.</source>
        <translation>Den här gången finns dina framsteg bara i minnet och försvinner när appen stängs.</translation>
    </message>
    <message>
        <source>Your settings (language, theme, text size, sounds, the window&apos;s size and place) are kept in %1</source>
        <translation>Dina inställningar (språk, tema, textstorlek, ljud, fönstrets storlek och plats) sparas i %1</translation>
    </message>
    <message>
        <source>Both stay on this device. In Settings you can export your progress, or delete it.</source>
        <translation>Båda stannar på den här enheten. Under Inställningar kan du exportera dina framsteg eller radera dem.</translation>
    </message>
    <message>
        <source>What is sent, and where</source>
        <translation>Vad som skickas, och vart</translation>
    </message>
    <message>
        <source>Licences</source>
        <translation>Licenser</translation>
    </message>
    <message>
        <source>Pausa is built with Qt 6, used under the GNU Lesser General Public License, version 3 (LGPL-3.0). On Linux the Qt libraries come from your system&apos;s packages; their source is at https://download.qt.io.</source>
        <translation>Pausa är byggd med Qt 6, som används under GNU Lesser General Public License, version 3 (LGPL-3.0). På Linux kommer Qt-biblioteken från systemets paket; källkoden finns på https://download.qt.io.</translation>
    </message>
    <message>
        <source>Your progress is stored with SQLite, which is in the public domain.</source>
        <translation>Dina framsteg sparas med SQLite, som är fri från upphovsrätt (public domain).</translation>
    </message>
    <message>
        <source>Pausa&apos;s app icon and breathing sounds were made for Pausa.</source>
        <translation>Pausas appikon och andningsljud är gjorda för Pausa.</translation>
    </message>
    <message>
        <source>Nothing, unless you ask for it. Pausa does not reach the internet by itself, and a link in a lesson opens in your browser only when you choose to follow it.</source>
        <translation>Ingenting, om du inte ber om det. Pausa går inte ut på internet av sig själv, och en länk i en lektion öppnas i webbläsaren bara när du väljer att följa den.</translation>
    </message>
    <message>
        <source>Courses: when you add your organisation&apos;s course link (Settings, Add courses), Pausa fetches that catalog and its courses from the address in the link, and checks it for updates every few hours. Nothing about you is sent with those requests.</source>
        <translation>Kurser: när du lägger till din organisations kurslänk (Inställningar, Lägg till kurser) hämtar Pausa den katalogen och dess kurser från adressen i länken och ser efter uppdateringar med några timmars mellanrum. Inget om dig skickas med de förfrågningarna.</translation>
    </message>
    <message>
        <source>Results: only if you turn on Reporting results in Settings, Pausa sends a record of each lesson you finish, each quiz answer and result, each breathing exercise and each course you complete, with the time, the course and the name your organisation knows you by, to your organisation&apos;s learning record store. Nothing else leaves the device.</source>
        <translation>Resultat: bara om du slår på Rapportera resultat under Inställningar skickar Pausa en uppgift om varje lektion du läser klart, varje quizsvar och quizresultat, varje andningsövning och varje kurs du gör klart, med tid, kurs och det namn din organisation känner dig under, till din organisations lärandedatabas (LRS). Inget annat lämnar enheten.</translation>
    </message>
    <message>
        <source>Pausa</source>
        <translation>Pausa</translation>
    </message>
    <message>
        <source>The interface icons are Google&apos;s Material Icons, used under the Apache License, version 2.0.</source>
        <translation>Ikonerna i gränssnittet är Googles Material Icons, som används enligt Apache License, version 2.0.</translation>
    </message>
</context>
<context>
    <name>AddCoursesPage</name>
    <message>
        <source>Add courses</source>
        <translation>Lägg till kurser</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <source>Your organisation gives you a link to its courses. Paste it here.</source>
        <translation>Din organisation ger dig en länk till sina kurser. Klistra in den här.</translation>
    </message>
    <message>
        <source>https://…/catalog.json</source>
        <translation>https://…/catalog.json</translation>
    </message>
    <message>
        <source>Show courses</source>
        <translation>Visa kurser</translation>
    </message>
    <message>
        <source>Courses from %1</source>
        <translation>Kurser från %1</translation>
    </message>
    <message>
        <source>Courses in this catalog</source>
        <translation>Kurser i den här katalogen</translation>
    </message>
    <message>
        <source>Installed courses</source>
        <translation>Installerade kurser</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <source>update available</source>
        <translation>uppdatering finns</translation>
    </message>
    <message>
        <source>installed</source>
        <translation>installerad</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 av %2</translation>
    </message>
    <message>
        <source>Install</source>
        <translation>Installera</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Check for updates now</source>
        <translation>Sök efter uppdateringar nu</translation>
    </message>
    <message>
        <source>Show installed courses</source>
        <translation>Visa installerade kurser</translation>
    </message>
    <message>
        <source>Remove “%1”?</source>
        <translation>Ta bort ”%1”?</translation>
    </message>
    <message>
        <source>The course leaves this device. Your progress in it is kept (it comes back if you add the course again), unless you delete it too.</source>
        <translation>Kursen tas bort från enheten. Dina framsteg i den finns kvar (de kommer tillbaka om du lägger till kursen igen), om du inte raderar dem också.</translation>
    </message>
    <message>
        <source>Remove, keep my progress</source>
        <translation>Ta bort, behåll mina framsteg</translation>
    </message>
    <message>
        <source>Remove and delete my progress</source>
        <translation>Ta bort och radera mina framsteg</translation>
    </message>
</context>
<context>
    <name>AppFrame</name>
    <message>
        <source>Home</source>
        <translation>Hem</translation>
    </message>
    <message>
        <source>Breathe</source>
        <translation>Andas</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Framsteg</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Inställningar</translation>
    </message>
</context>
<context>
    <name>AppPage</name>
    <message>
        <source>Back</source>
        <translation>Tillbaka</translation>
    </message>
</context>
<context>
    <name>BreathePage</name>
    <message>
        <source>Breathe</source>
        <translation>Andas</translation>
    </message>
    <message>
        <source>A minute of calm before a task you dread, after a hard moment at work or at the end of a shift.</source>
        <translation>En minuts lugn före en uppgift du bävar för, efter en jobbig stund på jobbet eller i slutet av passet.</translation>
    </message>
</context>
<context>
    <name>BreathingControls</name>
    <message>
        <source>Stop</source>
        <translation>Stoppa</translation>
    </message>
    <message>
        <source>Stop the exercise</source>
        <translation>Stoppa övningen</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausa</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Fortsätt</translation>
    </message>
    <message>
        <source>Again</source>
        <translation>Igen</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Börja</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Klar</translation>
    </message>
    <message>
        <source>Done, go back</source>
        <translation>Klar, gå tillbaka</translation>
    </message>
</context>
<context>
    <name>BreathingGuide</name>
    <message numerus="yes">
        <source>%n seconds</source>
        <translation>
            <numerusform>%n sekund</numerusform>
            <numerusform>%n sekunder</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BreathingLengthPicker</name>
    <message>
        <source>Length</source>
        <translation>Längd</translation>
    </message>
    <message>
        <source>Suggested</source>
        <translation>Förslag</translation>
    </message>
    <message>
        <source>Suggested length</source>
        <translation>Föreslagen längd</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minut</numerusform>
            <numerusform>%n minuter</numerusform>
        </translation>
    </message>
    <message>
        <source>Cycles</source>
        <translation>Varv</translation>
    </message>
    <message>
        <source>Count cycles</source>
        <translation>Räkna varv</translation>
    </message>
    <message>
        <source>Number of cycles</source>
        <translation>Antal varv</translation>
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
            <numerusform>%1 min %2 s · %n varv</numerusform>
            <numerusform>%1 min %2 s · %n varv</numerusform>
        </translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
    <message>
        <source>Adjust</source>
        <translation>Justera</translation>
    </message>
    <message>
        <source>Adjust the phases of %1</source>
        <translation>Justera faserna i %1</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Börja</translation>
    </message>
    <message>
        <source>Start %1</source>
        <translation>Starta %1</translation>
    </message>
</context>
<context>
    <name>BreathingPatterns</name>
    <message>
        <source>Box breathing</source>
        <translation>Fyrkantsandning</translation>
    </message>
    <message>
        <source>4-7-8 breathing</source>
        <translation>4-7-8-andning</translation>
    </message>
    <message>
        <source>Coherent breathing</source>
        <translation>Koherent andning</translation>
    </message>
    <message>
        <source>Slow, even breaths: about five and a half seconds in, the same out. A few calm minutes at the end of a shift.</source>
        <translation>Långsamma, jämna andetag: ungefär fem och en halv sekund in, lika länge ut. Några lugna minuter i slutet av passet.</translation>
    </message>
    <message>
        <source>Physiological sigh</source>
        <translation>Fysiologisk suck</translation>
    </message>
    <message>
        <source>Breathe in, then top up with a short second breath in, then let it all out slowly. The quickest way to let tension go.</source>
        <translation>Andas in, fyll på med ett kort andetag till och andas sedan ut allt långsamt. Det snabbaste sättet att släppa spänningar.</translation>
    </message>
    <message>
        <source>Four equal steps: in, hold, out, hold. Steadies you before a task or a meeting you dread.</source>
        <translation>Fyra lika långa steg: in, håll, ut, håll. Lugnar dig före en uppgift eller ett möte du bävar för.</translation>
    </message>
    <message>
        <source>In for 4, hold for 7, slowly out for 8. The long breath out helps you wind down after a hard moment at work.</source>
        <translation>In på 4, håll i 7, långsamt ut på 8. Den långa utandningen hjälper dig att varva ner efter en jobbig stund på jobbet.</translation>
    </message>
</context>
<context>
    <name>BreathingPhaseEditor</name>
    <message>
        <source>Shorter: %1</source>
        <translation>Kortare: %1</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>Longer: %1</source>
        <translation>Längre: %1</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Återställ</translation>
    </message>
    <message>
        <source>Reset the phase lengths</source>
        <translation>Återställ fasernas längd</translation>
    </message>
</context>
<context>
    <name>BreathingSessionPage</name>
    <message>
        <source>Paused</source>
        <translation>Pausad</translation>
    </message>
    <message>
        <source>Well done</source>
        <translation>Bra jobbat</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Stoppad</translation>
    </message>
    <message>
        <source>Ready when you are</source>
        <translation>Börja när du är redo</translation>
    </message>
    <message>
        <source>This exercise is not available.</source>
        <translation>Den här övningen är inte tillgänglig.</translation>
    </message>
    <message>
        <source>Breathe</source>
        <translation>Andas</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>%1 kvar</translation>
    </message>
    <message>
        <source>Cycle %1 of %2</source>
        <translation>Varv %1 av %2</translation>
    </message>
    <message numerus="yes">
        <source>%n cycles</source>
        <translation>
            <numerusform>%n varv</numerusform>
            <numerusform>%n varv</numerusform>
        </translation>
    </message>
    <message>
        <source>Paused while you were away.</source>
        <translation>Pausad medan du var borta.</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Fortsätt</translation>
    </message>
    <message>
        <source>Continue the exercise</source>
        <translation>Fortsätt övningen</translation>
    </message>
    <message>
        <source>End the exercise</source>
        <translation>Avsluta övningen</translation>
    </message>
</context>
<context>
    <name>BreathingWords</name>
    <message>
        <source>Breathe in a little more</source>
        <translation>Andas in lite till</translation>
    </message>
    <message>
        <source>Breathe in</source>
        <translation>Andas in</translation>
    </message>
    <message>
        <source>Keep breathing out</source>
        <translation>Fortsätt andas ut</translation>
    </message>
    <message>
        <source>Breathe out</source>
        <translation>Andas ut</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>Håll</translation>
    </message>
</context>
<context>
    <name>CourseCard</name>
    <message>
        <source>%1 % complete</source>
        <translation>%1 % klart</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n lesson(s) · %2 min</source>
        <translation>
            <numerusform>%1 av %n lektion · %2 min</numerusform>
            <numerusform>%1 av %n lektioner · %2 min</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CourseLibrary</name>
    <message>
        <source>“%1” (from %2) is shown in place of the built-in course “%3”: both have the id “%4”, so they share progress.</source>
        <translation>”%1” (från %2) visas i stället för den inbyggda kursen ”%3”: båda har id ”%4”, så de delar framsteg.</translation>
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
        <translation>kommer ihåg ~%1 %</translation>
    </message>
    <message>
        <source>%1 due</source>
        <translation>%1 att repetera</translation>
    </message>
    <message>
        <source>Mastered</source>
        <translation>Avklarad</translation>
    </message>
</context>
<context>
    <name>CourseSection</name>
    <message numerus="yes">
        <source>%1 of %n lesson(s) · %2 % complete</source>
        <translation>
            <numerusform>%1 av %n lektion · %2 % klart</numerusform>
            <numerusform>%1 av %n lektioner · %2 % klart</numerusform>
        </translation>
    </message>
    <message>
        <source>No course could be loaded.</source>
        <translation>Ingen kurs kunde läsas in.</translation>
    </message>
</context>
<context>
    <name>CourseSubscriptions</name>
    <message>
        <source>The course could not be removed: %1</source>
        <translation>Kursen kunde inte tas bort: %1</translation>
    </message>
    <message>
        <source>The course was removed. Your progress in it is kept.</source>
        <translation>Kursen togs bort. Dina framsteg i den finns kvar.</translation>
    </message>
    <message>
        <source>Cancelled. Nothing half-downloaded was installed.</source>
        <translation>Avbrutet. Inget halvt nedladdat installerades.</translation>
    </message>
    <message>
        <source>Not done: %1</source>
        <translation>Inte klart: %1</translation>
    </message>
    <message>
        <source>Your courses are up to date.</source>
        <translation>Dina kurser är aktuella.</translation>
    </message>
    <message>
        <source>Nothing new: your courses are up to date.</source>
        <translation>Inget nytt: dina kurser är aktuella.</translation>
    </message>
</context>
<context>
    <name>HomeDock</name>
    <message>
        <source>Calm down now</source>
        <translation>Lugn nu</translation>
    </message>
    <message>
        <source>Calm down now, a one-minute breathing exercise</source>
        <translation>Lugn nu, en andningsövning på en minut</translation>
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
        <translation>Fortsätt</translation>
    </message>
    <message>
        <source>Well done!</source>
        <translation>Bra jobbat!</translation>
    </message>
    <message>
        <source>Next up</source>
        <translation>Näst på tur</translation>
    </message>
    <message>
        <source>You have finished the whole course. Retake a quiz or breathe for a while.</source>
        <translation>Du har gått klart hela kursen. Gör om ett quiz eller andas en stund.</translation>
    </message>
    <message>
        <source>Quiz: %1</source>
        <translation>Quiz: %1</translation>
    </message>
    <message>
        <source>card %1 of %2</source>
        <translation>kort %1 av %2</translation>
    </message>
    <message>
        <source>question %1 of %2</source>
        <translation>fråga %1 av %2</translation>
    </message>
    <message>
        <source>about %1 min</source>
        <translation>cirka %1 min</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Börja</translation>
    </message>
    <message>
        <source>Calm down now · 1 min</source>
        <translation>Lugn nu · 1 min</translation>
    </message>
    <message>
        <source>Calm down now, a one-minute breathing exercise</source>
        <translation>Lugn nu, en andningsövning på en minut</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) in a row</source>
        <translation>
            <numerusform>%n dag i rad</numerusform>
            <numerusform>%n dagar i rad</numerusform>
        </translation>
    </message>
    <message>
        <source>Some content could not be loaded:</source>
        <translation>En del innehåll kunde inte läsas in:</translation>
    </message>
    <message>
        <source>You have finished all your courses. Retake a quiz or breathe for a while.</source>
        <translation>Du har gått klart alla dina kurser. Gör om ett quiz eller andas en stund.</translation>
    </message>
    <message>
        <source>Your courses</source>
        <translation>Dina kurser</translation>
    </message>
    <message>
        <source>Add courses…</source>
        <translation>Lägg till kurser…</translation>
    </message>
</context>
<context>
    <name>LessonPage</name>
    <message>
        <source>Card %1 of %2</source>
        <translation>Kort %1 av %2</translation>
    </message>
    <message>
        <source>Lesson done</source>
        <translation>Lektionen klar</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>Nästa: %1</translation>
    </message>
    <message>
        <source>Next: the module&apos;s quiz</source>
        <translation>Nästa: modulens quiz</translation>
    </message>
    <message>
        <source>That was the module&apos;s last lesson.</source>
        <translation>Det var modulens sista lektion.</translation>
    </message>
    <message>
        <source>Previous card</source>
        <translation>Föregående kort</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Nästa</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Tillbaka</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Klar</translation>
    </message>
    <message>
        <source>Next card</source>
        <translation>Nästa kort</translation>
    </message>
</context>
<context>
    <name>LessonReader</name>
    <message>
        <source>This lesson is not in the course any more.</source>
        <translation>Den här lektionen finns inte längre i kursen.</translation>
    </message>
    <message>
        <source>This lesson has no text.</source>
        <translation>Den här lektionen har ingen text.</translation>
    </message>
</context>
<context>
    <name>LinkConfirmation</name>
    <message>
        <source>Open this link?</source>
        <translation>Öppna länken?</translation>
    </message>
    <message>
        <source>This link cannot be opened</source>
        <translation>Länken kan inte öppnas</translation>
    </message>
    <message>
        <source>It opens outside Pausa, in your browser or mail app.</source>
        <translation>Den öppnas utanför Pausa, i din webbläsare eller e-postapp.</translation>
    </message>
    <message>
        <source>A course can link to web pages (https, http), e-mail addresses and its own files, nothing else.</source>
        <translation>En kurs kan länka till webbsidor (https, http), e-postadresser och sina egna filer, inget annat.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öppna</translation>
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
        <translation>Bilden saknas: %1</translation>
    </message>
</context>
<context>
    <name>ModuleCard</name>
    <message>
        <source>Mastered</source>
        <translation>Avklarad</translation>
    </message>
    <message>
        <source>Could not be loaded: %1</source>
        <translation>Kunde inte läsas in: %1</translation>
    </message>
    <message>
        <source>quiz %1 %</source>
        <translation>quiz %1 %</translation>
    </message>
    <message>
        <source>Quiz · best %1 %</source>
        <translation>Quiz · bästa %1 %</translation>
    </message>
    <message>
        <source>Quiz</source>
        <translation>Quiz</translation>
    </message>
    <message>
        <source>%1 % complete</source>
        <translation>%1 % klart</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n lesson(s) done</source>
        <translation>
            <numerusform>%1 av %n lektion klar</numerusform>
            <numerusform>%1 av %n lektioner klara</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n lesson(s) · %2 min</source>
        <translation>
            <numerusform>%1 av %n lektion · %2 min</numerusform>
            <numerusform>%1 av %n lektioner · %2 min</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ModulePage</name>
    <message>
        <source>This module could not be loaded: %1</source>
        <translation>Den här modulen kunde inte läsas in: %1</translation>
    </message>
    <message>
        <source>%1 % complete</source>
        <translation>%1 % klart</translation>
    </message>
    <message>
        <source>Lessons</source>
        <translation>Lektioner</translation>
    </message>
    <message>
        <source>done</source>
        <translation>klar</translation>
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
            <numerusform>%n fråga</numerusform>
            <numerusform>%n frågor</numerusform>
        </translation>
    </message>
    <message>
        <source>best %1 %, last %2 %</source>
        <translation>bästa %1 %, senast %2 %</translation>
    </message>
    <message>
        <source>not taken yet</source>
        <translation>inte gjort än</translation>
    </message>
    <message>
        <source>pass mark %1 %</source>
        <translation>godkänt vid %1 %</translation>
    </message>
    <message>
        <source>Take the quiz again</source>
        <translation>Gör quizet igen</translation>
    </message>
    <message>
        <source>Take the quiz</source>
        <translation>Gör quizet</translation>
    </message>
    <message>
        <source>Breathing exercises</source>
        <translation>Andningsövningar</translation>
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
        <translation>Stäng</translation>
    </message>
</context>
<context>
    <name>ProgressPage</name>
    <message>
        <source>Progress</source>
        <translation>Framsteg</translation>
    </message>
    <message>
        <source>of the course done</source>
        <translation>av kursen klar</translation>
    </message>
    <message>
        <source>Lately</source>
        <translation>Senaste</translation>
    </message>
    <message>
        <source>Nothing yet. Your first lesson takes two minutes.</source>
        <translation>Inget än. Din första lektion tar två minuter.</translation>
    </message>
    <message>
        <source>Quiz · %1 · %2 %</source>
        <translation>Quiz · %1 · %2 %</translation>
    </message>
    <message>
        <source>Breathing, %1 min</source>
        <translation>Andning, %1 min</translation>
    </message>
    <message numerus="yes">
        <source>day(s) in a row</source>
        <translation>
            <numerusform>dag i rad</numerusform>
            <numerusform>dagar i rad</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>minute(s) of breathing</source>
        <translation>
            <numerusform>minut andning</numerusform>
            <numerusform>minuter andning</numerusform>
        </translation>
    </message>
    <message>
        <source>lessons done in your courses</source>
        <translation>lektioner klara i dina kurser</translation>
    </message>
</context>
<context>
    <name>ProgressStore</name>
    <message>
        <source>Pausa can&apos;t save your progress on this device right now, so what you do in this session won&apos;t be kept.</source>
        <translation>Pausa kan inte spara dina framsteg på den här enheten just nu, så det du gör under den här sessionen sparas inte.</translation>
    </message>
    <message>
        <source>Your device is full, so Pausa can&apos;t save your progress: what you do in this session won&apos;t be kept. Free up some space and restart Pausa.</source>
        <translation>Enheten är full, så Pausa kan inte spara dina framsteg: det du gör under den här sessionen sparas inte. Frigör lite utrymme och starta om Pausa.</translation>
    </message>
    <message>
        <source>Your progress was saved by a newer version of Pausa. This version leaves it untouched and won&apos;t save this session: update Pausa to continue where you left off.</source>
        <translation>Dina framsteg sparades av en nyare version av Pausa. Den här versionen låter dem vara orörda och sparar inte den här sessionen: uppdatera Pausa för att fortsätta där du slutade.</translation>
    </message>
    <message>
        <source>Your saved progress was damaged and couldn&apos;t be read, so Pausa started a new record. The damaged file was kept as %1.</source>
        <translation>Dina sparade framsteg var skadade och kunde inte läsas, så Pausa har börjat om från början. Den skadade filen har sparats som %1.</translation>
    </message>
    <message>
        <source>Your saved progress is damaged and Pausa can&apos;t replace it, so what you do in this session won&apos;t be kept.</source>
        <translation>Dina sparade framsteg är skadade och Pausa kan inte ersätta dem, så det du gör under den här sessionen sparas inte.</translation>
    </message>
    <message>
        <source>Pausa can&apos;t record your progress in this session.</source>
        <translation>Pausa kan inte spara dina framsteg under den här sessionen.</translation>
    </message>
    <message>
        <source>Your progress couldn&apos;t be saved because the progress store is not open.</source>
        <translation>Dina framsteg kunde inte sparas eftersom lagringen för framsteg inte är öppen.</translation>
    </message>
    <message>
        <source>Your progress couldn&apos;t be read because the progress file is damaged. Restart Pausa to repair it.</source>
        <translation>Dina framsteg kunde inte läsas eftersom filen med framsteg är skadad. Starta om Pausa för att reparera den.</translation>
    </message>
    <message>
        <source>Your progress couldn&apos;t be read because of a storage error.</source>
        <translation>Dina framsteg kunde inte läsas på grund av ett lagringsfel.</translation>
    </message>
    <message>
        <source>Your progress couldn&apos;t be saved because the device is full.</source>
        <translation>Dina framsteg kunde inte sparas eftersom enheten är full.</translation>
    </message>
    <message>
        <source>Your progress couldn&apos;t be saved because Pausa can&apos;t write to its storage.</source>
        <translation>Dina framsteg kunde inte sparas eftersom Pausa inte kan skriva till sin lagring.</translation>
    </message>
    <message>
        <source>Your progress couldn&apos;t be saved because the progress file is damaged. Restart Pausa to repair it.</source>
        <translation>Dina framsteg kunde inte sparas eftersom filen med framsteg är skadad. Starta om Pausa för att reparera den.</translation>
    </message>
    <message>
        <source>Your progress couldn&apos;t be saved because another copy of Pausa is using it.</source>
        <translation>Dina framsteg kunde inte sparas eftersom en annan kopia av Pausa använder dem.</translation>
    </message>
    <message>
        <source>Your progress couldn&apos;t be saved because of an unexpected storage error.</source>
        <translation>Dina framsteg kunde inte sparas på grund av ett oväntat lagringsfel.</translation>
    </message>
    <message>
        <source>Progress was not saved: %1.</source>
        <translation>Framstegen sparades inte: %1.</translation>
    </message>
    <message>
        <source>Your progress couldn&apos;t be exported to %1.</source>
        <translation>Dina framsteg kunde inte exporteras till %1.</translation>
    </message>
    <message numerus="yes">
        <source>Your saved progress was damaged. Pausa kept everything it could still read (%n completed lesson(s) among it) in a new record; the damaged file was kept as %1.</source>
        <translation>
            <numerusform>Dina sparade framsteg var skadade. Pausa behöll allt som gick att läsa (%n avklarad lektion bland det) i en ny fil; den skadade filen sparades som %1.</numerusform>
            <numerusform>Dina sparade framsteg var skadade. Pausa behöll allt som gick att läsa (%n avklarade lektioner bland det) i en ny fil; den skadade filen sparades som %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Pausa isn&apos;t allowed to read your saved progress (the file&apos;s permissions changed), so it left the file as it is and won&apos;t save this session. Restore the permissions and restart Pausa to continue where you left off.</source>
        <translation>Pausa får inte läsa dina sparade framsteg (filens behörigheter har ändrats), så filen lämnades som den är och den här sessionen sparas inte. Återställ behörigheterna och starta om Pausa för att fortsätta där du slutade.</translation>
    </message>
    <message numerus="yes">
        <source>Part of your recent progress is missing (%n step(s)): the progress file was changed or removed by another program while Pausa was running, or the device lost power. Everything else was kept.</source>
        <translation>
            <numerusform>En del av dina senaste framsteg saknas (%n steg): framstegsfilen ändrades eller togs bort av ett annat program medan Pausa var igång, eller så förlorade enheten strömmen. Allt annat finns kvar.</numerusform>
            <numerusform>En del av dina senaste framsteg saknas (%n steg): framstegsfilen ändrades eller togs bort av ett annat program medan Pausa var igång, eller så förlorade enheten strömmen. Allt annat finns kvar.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QuizEntry</name>
    <message>
        <source>Your answer</source>
        <translation>Ditt svar</translation>
    </message>
</context>
<context>
    <name>QuizFeedback</name>
    <message>
        <source>Right</source>
        <translation>Rätt</translation>
    </message>
    <message>
        <source>Partly right (%1 %)</source>
        <translation>Delvis rätt (%1 %)</translation>
    </message>
    <message>
        <source>Not quite</source>
        <translation>Inte riktigt</translation>
    </message>
    <message>
        <source>Saved. Reflections are for you and are not graded.</source>
        <translation>Sparat. Reflektionerna är bara för dig och bedöms inte.</translation>
    </message>
    <message>
        <source>Right answer: %1</source>
        <translation>Rätt svar: %1</translation>
    </message>
    <message>
        <source>The other answers</source>
        <translation>De andra svaren</translation>
    </message>
    <message>
        <source>The other answers, explained</source>
        <translation>De andra svaren, förklarade</translation>
    </message>
</context>
<context>
    <name>QuizMatching</name>
    <message>
        <source>Choose…</source>
        <translation>Välj…</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Rätt</translation>
    </message>
    <message>
        <source>Belongs here: %1</source>
        <translation>Rätt här: %1</translation>
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
        <translation>Det här quizet har inga frågor som kunde läsas in.</translation>
    </message>
    <message>
        <source>Practice</source>
        <translation>Övning</translation>
    </message>
    <message>
        <source>Question %1 of %2</source>
        <translation>Fråga %1 av %2</translation>
    </message>
    <message>
        <source>Choose all that apply.</source>
        <translation>Välj alla som stämmer.</translation>
    </message>
    <message>
        <source>Your answer</source>
        <translation>Ditt svar</translation>
    </message>
    <message>
        <source>Write a few lines for yourself. This is not graded.</source>
        <translation>Skriv några rader för din egen skull. Det här bedöms inte.</translation>
    </message>
    <message>
        <source>Your reflection</source>
        <translation>Din reflektion</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Svara</translation>
    </message>
    <message>
        <source>Next question</source>
        <translation>Nästa fråga</translation>
    </message>
    <message>
        <source>See the result</source>
        <translation>Se resultatet</translation>
    </message>
    <message>
        <source>Nothing to review right now.</source>
        <translation>Inget att repetera just nu.</translation>
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
        <translation>Övningsrunda: räknas inte in i modulen.</translation>
    </message>
    <message>
        <source>Passed! The pass mark is %1 %.</source>
        <translation>Godkänd! Gränsen för godkänt är %1 %.</translation>
    </message>
    <message>
        <source>Not passed yet: the pass mark is %1 %.</source>
        <translation>Inte godkänd än: gränsen för godkänt är %1 %.</translation>
    </message>
    <message>
        <source>To look at again</source>
        <translation>Att titta på igen</translation>
    </message>
    <message>
        <source>Right answer: %1</source>
        <translation>Rätt svar: %1</translation>
    </message>
    <message>
        <source>Practise the missed ones (%1)</source>
        <translation>Öva på de missade (%1)</translation>
    </message>
    <message>
        <source>Take the whole quiz again</source>
        <translation>Gör hela quizet igen</translation>
    </message>
    <message>
        <source>Back to the module</source>
        <translation>Tillbaka till modulen</translation>
    </message>
</context>
<context>
    <name>QuizSession</name>
    <message>
        <source>True</source>
        <translation>Sant</translation>
    </message>
    <message>
        <source>False</source>
        <translation>Falskt</translation>
    </message>
    <message>
        <source>Write a number, for example %1.</source>
        <translation>Skriv ett tal, till exempel %1.</translation>
    </message>
    <message>
        <source>“%1” is not a number. Write it like %2.</source>
        <translation>”%1” är inte ett tal. Skriv det som %2.</translation>
    </message>
</context>
<context>
    <name>ReportingConsent</name>
    <message>
        <source>Send your results to your organisation?</source>
        <translation>Skicka dina resultat till din organisation?</translation>
    </message>
    <message>
        <source>Pausa will send to %1, as %2:</source>
        <translation>Pausa skickar till %1, som %2:</translation>
    </message>
    <message>
        <source>• each lesson you read to the end, with the time it took
• each quiz answer: your answer, whether it was right and its score
• each quiz you finish: passed or failed, with your score
• each breathing exercise you complete, with its length
• each course you complete
with the course, the module, the time of day and the course&apos;s language. Nothing else leaves this device. Results you complete while offline are sent later.</source>
        <translation>• varje lektion du läser till slutet, med tiden den tog
• varje quizsvar: ditt svar, om det var rätt och dess poäng
• varje quiz du gör klart: godkänt eller inte, med ditt resultat
• varje andningsövning du gör klart, med dess längd
• varje kurs du gör klart
med kurs, modul, tid på dagen och kursens språk. Inget annat lämnar enheten. Resultat du gör klart utan nät skickas senare.</translation>
    </message>
    <message>
        <source>This is how a finished lesson looks as it is sent:</source>
        <translation>Så här ser en färdig lektion ut när den skickas:</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Turn on</source>
        <translation>Slå på</translation>
    </message>
</context>
<context>
    <name>ReportingSection</name>
    <message>
        <source>Reporting results</source>
        <translation>Rapportera resultat</translation>
    </message>
    <message>
        <source>Off unless you turn it on. Your organisation gives you a link; with it, Pausa sends what you complete to your organisation&apos;s learning record store.</source>
        <translation>Av tills du slår på det. Din organisation ger dig en länk; med den skickar Pausa det du gör klart till organisationens lärandedatabas (LRS).</translation>
    </message>
    <message>
        <source>Send my results to my organisation</source>
        <translation>Skicka mina resultat till min organisation</translation>
    </message>
    <message>
        <source>To %1 as %2</source>
        <translation>Till %1 som %2</translation>
    </message>
    <message>
        <source>%1 sent, %2 waiting, %3 not accepted</source>
        <translation>%1 skickade, %2 väntar, %3 inte godtagna</translation>
    </message>
    <message>
        <source>Last send: %1</source>
        <translation>Senast skickat: %1</translation>
    </message>
    <message>
        <source>Nothing sent yet.</source>
        <translation>Inget skickat än.</translation>
    </message>
    <message>
        <source>Not accepted: %1</source>
        <translation>Inte godtaget: %1</translation>
    </message>
    <message>
        <source>Send now</source>
        <translation>Skicka nu</translation>
    </message>
    <message>
        <source>Organisation link</source>
        <translation>Organisationens länk</translation>
    </message>
    <message>
        <source>Use link</source>
        <translation>Använd länken</translation>
    </message>
    <message>
        <source>Link saved. Enter your name below.</source>
        <translation>Länken är sparad. Skriv ditt namn nedan.</translation>
    </message>
    <message>
        <source>LRS address</source>
        <translation>LRS-adress</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Nyckel</translation>
    </message>
    <message>
        <source>Secret</source>
        <translation>Hemlighet</translation>
    </message>
    <message>
        <source>(saved)</source>
        <translation>(sparad)</translation>
    </message>
    <message>
        <source>Organisation web address</source>
        <translation>Organisationens webbadress</translation>
    </message>
    <message>
        <source>Your name at work</source>
        <translation>Ditt namn på jobbet</translation>
    </message>
    <message>
        <source>Employee id or work e-mail</source>
        <translation>Anställningsnummer eller jobbmejl</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Spara</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Sparat.</translation>
    </message>
    <message>
        <source>Stop reporting results?</source>
        <translation>Sluta rapportera resultat?</translation>
    </message>
    <message numerus="yes">
        <source>Nothing more is sent. %n result(s) have not been sent yet: keep them, to send if you turn reporting on again, or delete them?</source>
        <translation>
            <numerusform>Inget mer skickas. %n resultat är inte skickat än: behålla det, för att skicka om du slår på rapporteringen igen, eller radera det?</numerusform>
            <numerusform>Inget mer skickas. %n resultat är inte skickade än: behålla dem, för att skicka om du slår på rapporteringen igen, eller radera dem?</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Stop and delete them</source>
        <translation>Sluta och radera dem</translation>
    </message>
    <message>
        <source>Stop and keep them</source>
        <translation>Sluta och behåll dem</translation>
    </message>
</context>
<context>
    <name>ResultReporting</name>
    <message>
        <source>%1 at %2</source>
        <translation>%1 kl. %2</translation>
    </message>
    <message>
        <source>The LRS refused the credentials: check your organisation link.</source>
        <translation>LRS:en godtog inte inloggningsuppgifterna: kontrollera organisationens länk.</translation>
    </message>
    <message>
        <source>Enter the name your organisation knows you by.</source>
        <translation>Skriv det namn din organisation känner dig under.</translation>
    </message>
    <message>
        <source>Enter your organisation&apos;s web address, or use your work e-mail address as your name.</source>
        <translation>Skriv organisationens webbadress, eller använd din jobbmejl som namn.</translation>
    </message>
</context>
<context>
    <name>ReviewOfferContent</name>
    <message>
        <source>Time to remember</source>
        <translation>Dags att minnas</translation>
    </message>
    <message>
        <source>A few questions you answered before, just before you would forget them.</source>
        <translation>Några frågor du har svarat på förut, precis innan du skulle glömma dem.</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>Review for %1 minutes</source>
        <translation>Repetera i %1 minuter</translation>
    </message>
    <message>
        <source>Review · %1 min</source>
        <translation>Repetera · %1 min</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>Done for now</source>
        <translation>Klart för nu</translation>
    </message>
    <message>
        <source>%1 of %2 questions recalled.</source>
        <translation>%1 av %2 frågor mindes du.</translation>
    </message>
    <message>
        <source>The rest waits for your next pause.</source>
        <translation>Resten väntar till nästa paus.</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Tillbaka</translation>
    </message>
</context>
<context>
    <name>ReviewSession</name>
    <message>
        <source>Review</source>
        <translation>Repetera</translation>
    </message>
</context>
<context>
    <name>ReviewSettings</name>
    <message>
        <source>Review</source>
        <translation>Repetera</translation>
    </message>
    <message>
        <source>Session length</source>
        <translation>Passets längd</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>At most %1 questions a day</source>
        <translation>Högst %1 frågor om dagen</translation>
    </message>
    <message>
        <source>Questions a day at most</source>
        <translation>Högst antal frågor om dagen</translation>
    </message>
    <message>
        <source>Remember %1 % when a question comes back</source>
        <translation>Kom ihåg %1 % när en fråga kommer tillbaka</translation>
    </message>
    <message>
        <source>Desired retention</source>
        <translation>Önskat minne</translation>
    </message>
    <message>
        <source>Higher means questions come back sooner and more often.</source>
        <translation>Högre betyder att frågorna kommer tillbaka tidigare och oftare.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>Inställningar</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>Sparat i %1</translation>
    </message>
    <message>
        <source>Reset progress?</source>
        <translation>Nollställa framstegen?</translation>
    </message>
    <message>
        <source>All lessons, quiz scores, streaks and breathing minutes are deleted from this device. This cannot be undone.</source>
        <translation>Alla lektioner, quizresultat, dagar i rad och andningsminuter raderas från den här enheten. Det går inte att ångra.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Som systemet</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Ljust</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Mörkt</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>Textstorlek</translation>
    </message>
    <message>
        <source>Sounds</source>
        <translation>Ljud</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Volym</translation>
    </message>
    <message>
        <source>Reduce motion</source>
        <translation>Minska rörelser</translation>
    </message>
    <message>
        <source>Your progress</source>
        <translation>Dina framsteg</translation>
    </message>
    <message>
        <source>Kept on this device.</source>
        <translation>Sparas på den här enheten.</translation>
    </message>
    <message>
        <source>Not saved: progress is kept only until the app closes.</source>
        <translation>Sparas inte: framstegen finns bara kvar tills appen stängs.</translation>
    </message>
    <message>
        <source>Export as JSON</source>
        <translation>Exportera som JSON</translation>
    </message>
    <message>
        <source>Export as CSV</source>
        <translation>Exportera som CSV</translation>
    </message>
    <message>
        <source>Reset progress…</source>
        <translation>Nollställ framsteg…</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>Exportera framsteg</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-filer (*.csv)</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON-filer (*.json)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Delete everything</source>
        <translation>Radera allt</translation>
    </message>
    <message>
        <source>Courses</source>
        <translation>Kurser</translation>
    </message>
    <message>
        <source>Add courses…</source>
        <translation>Lägg till kurser…</translation>
    </message>
    <message>
        <source>About Pausa</source>
        <translation>Om Pausa</translation>
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
        <translation>Organisationens LRS gick inte att nå (%1).</translation>
    </message>
    <message>
        <source>The organisation&apos;s LRS answered %1; sending again later.</source>
        <translation>Organisationens LRS svarade %1; skickar igen senare.</translation>
    </message>
    <message>
        <source>The LRS refused the credentials: check your organisation link.</source>
        <translation>LRS:en godtog inte inloggningsuppgifterna: kontrollera organisationens länk.</translation>
    </message>
</context>
</TS>
