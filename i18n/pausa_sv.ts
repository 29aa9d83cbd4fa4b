<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE">
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
        <source>A minute of calm before a call you dread, after a hard customer or at the end of a shift.</source>
        <translation>En minut av lugn före ett samtal du bävar inför, efter en svår kund eller i slutet av passet.</translation>
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
        <source>Four equal steps: in, hold, out, hold. Steadies you before a call you dread.</source>
        <translation>Fyra lika långa steg: in, håll, ut, håll. Hjälper dig att landa före ett samtal du bävar inför.</translation>
    </message>
    <message>
        <source>4-7-8 breathing</source>
        <translation>4-7-8-andning</translation>
    </message>
    <message>
        <source>In for 4, hold for 7, slowly out for 8. The long breath out helps you wind down after a hard conversation.</source>
        <translation>In på 4, håll i 7, långsamt ut på 8. Den långa utandningen hjälper dig att varva ner efter ett tufft samtal.</translation>
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
    <name>CourseLibrary</name>
    <message>
        <source>“%1” (from %2) is shown in place of the built-in course “%3”: both have the id “%4”, so they share progress.</source>
        <translation>”%1” (från %2) visas i stället för den inbyggda kursen ”%3”: båda har id ”%4”, så de delar framsteg.</translation>
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
        <source>No course could be loaded.</source>
        <translation>Ingen kurs kunde läsas in.</translation>
    </message>
    <message>
        <source>Some content could not be loaded:</source>
        <translation>En del innehåll kunde inte läsas in:</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n lesson(s) · %2 % complete</source>
        <translation>
            <numerusform>%1 av %n lektion · %2 % klart</numerusform>
            <numerusform>%1 av %n lektioner · %2 % klart</numerusform>
        </translation>
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
        <source>quiz %1 %</source>
        <translation>quiz %1 %</translation>
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
        <source>The other answers</source>
        <translation>De andra svaren</translation>
    </message>
    <message>
        <source>The other answers, explained</source>
        <translation>De andra svaren, förklarade</translation>
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
</context>
<context>
    <name>SideNav</name>
    <message>
        <source>Pausa</source>
        <translation>Pausa</translation>
    </message>
</context>
</TS>
