package dev.taskchat.domain.assistant;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The grammar, phrase by phrase: every row of ASSISTANT.md and every quick-add token, read at a fixed
 * moment. The main table is read on Sunday 22 Nov 2026 at 11:00 in Berlin: today is Sun 22, tomorrow
 * Mon 23, the coming weekdays are Mon 23 … Sun 29, and the month ends on Mon 30.
 */
class CommandParserTest {

    @ParameterizedTest(name = "{0}")
    @MethodSource
    void sundayInBerlin(GrammarCases.Case c) {
        check(c);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource
    void otherDaysAndZones(GrammarCases.Case c) {
        check(c);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource
    void daylightSavingAndYearEnd(GrammarCases.Case c) {
        check(c);
    }

    private static void check(GrammarCases.Case c) {
        Command command = new CommandParser(c.clock()).parse(c.phrase(), c.zone());

        assertThat(CommandText.of(command)).isEqualTo(CommandText.normalized(c.expected()));
    }

    static Stream<Arguments> sundayInBerlin() {
        return GrammarCases.read("""
                @ 2026-11-22T11:00 Europe/Berlin

                -- adding: explicit, "remind me to", and a bare phrase
                buy milk                                     | add "buy milk"
                Buy Milk                                     | add "Buy Milk"
                add buy milk tomorrow                        | add "buy milk" due=2026-11-23
                add task: water the plants                   | add "water the plants"
                new task call the bank                       | add "call the bank"
                create a task call the bank                  | add "call the bank"
                create dentist appointment friday 3pm        | add "create dentist appointment" due=2026-11-27T15:00
                new york trip planning                       | add "new york trip planning"
                tomorrow buy milk                            | add "buy milk" due=2026-11-23
                can you add buy milk tomorrow please         | add "buy milk" due=2026-11-23
                call mom sunday 6pm                          | add "call mom" due=2026-11-29T18:00
                remind me to call mom sunday 6pm             | add "call mom" due=2026-11-29T18:00 remind=due
                remind me to call mom tomorrow at 6pm        | add "call mom" due=2026-11-23T18:00 remind=due
                remind me tomorrow at 6pm to call mom        | add "call mom" due=2026-11-23T18:00 remind=due
                remind me at 8am to take pills               | add "take pills" due=2026-11-23T08:00 remind=due
                remind me to take out the bins tomorrow      | add "take out the bins" due=2026-11-23 remind=2026-11-23T09:00
                remind me to call mom                        | add "call mom"
                remind me that the bins go out tonight       | add "the bins go out" due=2026-11-22T20:00 remind=due
                remind me in 2 hours to call mom             | add "call mom" due=2026-11-22T13:00 remind=due
                remind me to take pills every day at 8am     | add "take pills" due=2026-11-23T08:00 rrule=FREQ=DAILY remind=due
                remind me every monday to take out the bins  | add "take out the bins" due=2026-11-23 rrule=FREQ=WEEKLY;BYDAY=MO remind=2026-11-23T09:00
                remind me to pay rent friday 9am with a reminder 30 min before | add "pay rent" due=2026-11-27T09:00 remind=-PT30M

                -- tags
                buy milk #home                               | add "buy milk" #home
                #home buy milk                               | add "buy milk" #home
                review PR #Work #deep-work                   | add "review PR" #work #deep-work
                buy milk #home #home                         | add "buy milk" #home
                fix bug #123                                 | add "fix bug #123"
                email #a1 team                               | add "email team" #a1
                learn C# basics                              | add "learn C# basics"
                plan #über trip                              | add "plan #über trip"

                -- priorities
                call bank p1                                 | add "call bank" p=urgent
                call bank p2                                 | add "call bank" p=high
                call bank p3                                 | add "call bank" p=medium
                call bank p4                                 | add "call bank" p=low
                call bank !urgent                            | add "call bank" p=urgent
                call bank !high                              | add "call bank" p=high
                urgent call bank                             | add "call bank" p=urgent
                call bank high priority                      | add "call bank" p=high
                call bank low priority                       | add "call bank" p=low
                call bank with high priority                 | add "call bank" p=high
                call bank priority 2                         | add "call bank" p=high
                call bank p1 p2                              | add "call bank p2" p=urgent
                p5 call bank                                 | add "p5 call bank"
                highway cleanup                              | add "highway cleanup"

                -- dates (a weekday name is never today: "sunday" said on a Sunday is next week's)
                pay bills today                              | add "pay bills" due=2026-11-22
                pay bills tonight                            | add "pay bills" due=2026-11-22T20:00
                pay bills tomorrow                           | add "pay bills" due=2026-11-23
                pay bills tmrw                               | add "pay bills" due=2026-11-23
                pay bills the day after tomorrow             | add "pay bills" due=2026-11-24
                pay bills monday                             | add "pay bills" due=2026-11-23
                pay bills on wednesday                       | add "pay bills" due=2026-11-25
                pay bills friday                             | add "pay bills" due=2026-11-27
                pay bills sunday                             | add "pay bills" due=2026-11-29
                pay bills fri                                | add "pay bills" due=2026-11-27
                pay bills on sat                             | add "pay bills" due=2026-11-28
                wear sun cream                               | add "wear sun cream"
                pay bills this friday                        | add "pay bills" due=2026-11-27
                pay bills this sunday                        | add "pay bills" due=2026-11-22
                pay bills next friday                        | add "pay bills" due=2026-11-27
                pay bills next sunday                        | add "pay bills" due=2026-11-29
                pay bills next week                          | add "pay bills" due=2026-11-23
                pay bills this week                          | add "pay bills" due=2026-11-22
                pay bills this weekend                       | add "pay bills" due=2026-11-22
                pay bills next weekend                       | add "pay bills" due=2026-11-28
                pay bills on the weekend                     | add "pay bills" due=2026-11-22
                pay bills end of month                       | add "pay bills" due=2026-11-30
                pay bills by the end of the month            | add "pay bills" due=2026-11-30
                pay bills end of week                        | add "pay bills" due=2026-11-22
                pay bills end of year                        | add "pay bills" due=2026-12-31
                pay bills next month                         | add "pay bills" due=2026-12-01
                pay bills next year                          | add "pay bills" due=2027-01-01
                pay bills in 3 days                          | add "pay bills" due=2026-11-25
                pay bills in three days                      | add "pay bills" due=2026-11-25
                pay bills in a week                          | add "pay bills" due=2026-11-29
                pay bills in 2 weeks                         | add "pay bills" due=2026-12-06
                pay bills in a month                         | add "pay bills" due=2026-12-22
                pay bills in 2 months                        | add "pay bills" due=2027-01-22
                pay bills in 1 year                          | add "pay bills" due=2027-11-22
                call back in 2 hours                         | add "call back" due=2026-11-22T13:00
                call back in 30 minutes                      | add "call back" due=2026-11-22T11:30
                call back in half an hour                    | add "call back" due=2026-11-22T11:30
                call back in an hour                         | add "call back" due=2026-11-22T12:00
                call back in 90 min                          | add "call back" due=2026-11-22T12:30
                call back in 2h                              | add "call back" due=2026-11-22T13:00
                pay bills 2026-12-01                         | add "pay bills" due=2026-12-01
                pay bills 2026-02-30                         | add "pay bills 2026-02-30"
                pay bills dec 1                              | add "pay bills" due=2026-12-01
                pay bills 1 dec                              | add "pay bills" due=2026-12-01
                pay bills december 1st                       | add "pay bills" due=2026-12-01
                pay bills 1st of december                    | add "pay bills" due=2026-12-01
                pay bills on the 1st of december             | add "pay bills" due=2026-12-01
                pay bills dec 1 2027                         | add "pay bills" due=2027-12-01
                pay bills dec 1, 2027                        | add "pay bills" due=2027-12-01
                pay bills sept 3                             | add "pay bills" due=2027-09-03
                pay bills jan 5                              | add "pay bills" due=2027-01-05
                pay bills nov 22                             | add "pay bills" due=2026-11-22
                pay bills nov 22 at 9am                      | add "pay bills" due=2027-11-22T09:00
                pay bills nov 21                             | add "pay bills" due=2027-11-21
                pay bills feb 29                             | add "pay bills" due=2028-02-29
                pay bills feb 30                             | add "pay bills feb 30"
                pay bills the 1st                            | add "pay bills" due=2026-12-01
                pay bills on the 1st                         | add "pay bills" due=2026-12-01
                pay bills 1st                                | add "pay bills" due=2026-12-01
                pay bills the 22nd                           | add "pay bills" due=2026-11-22
                pay bills the 22nd at 9am                    | add "pay bills" due=2026-12-22T09:00
                pay bills the 22nd at 3pm                    | add "pay bills" due=2026-11-22T15:00
                pay bills the 31st                           | add "pay bills" due=2026-12-31
                pay bills on the 15th at 9am #home           | add "pay bills" due=2026-12-15T09:00 #home
                pay bills due friday                         | add "pay bills" due=2026-11-27
                submit report by friday                      | add "submit report" due=2026-11-27
                dinner reservation for friday                | add "dinner reservation" due=2026-11-27
                Call Mom Monday                              | add "Call Mom" due=2026-11-23
                Pay Bills FRIDAY 3PM                         | add "Pay Bills" due=2026-11-27T15:00

                -- times (a time alone is today while still ahead, else tomorrow; it is 11:00)
                call mom at 5pm                              | add "call mom" due=2026-11-22T17:00
                call mom at 5                                | add "call mom" due=2026-11-23T05:00
                call mom at 9                                | add "call mom" due=2026-11-23T09:00
                call mom at 11                               | add "call mom" due=2026-11-23T11:00
                call mom at 12                               | add "call mom" due=2026-11-22T12:00
                call mom 9am                                 | add "call mom" due=2026-11-23T09:00
                call mom 9 am                                | add "call mom" due=2026-11-23T09:00
                call mom 6 p.m.                              | add "call mom" due=2026-11-22T18:00
                call mom 9:30                                | add "call mom" due=2026-11-23T09:30
                call mom 17:00                               | add "call mom" due=2026-11-22T17:00
                call mom at 9.30                             | add "call mom" due=2026-11-23T09:30
                call mom 12pm                                | add "call mom" due=2026-11-22T12:00
                call mom 12am                                | add "call mom" due=2026-11-23T00:00
                call mom 6:45pm                              | add "call mom" due=2026-11-22T18:45
                call mom at noon                             | add "call mom" due=2026-11-22T12:00
                call mom at midnight                         | add "call mom" due=2026-11-22T23:59
                call mom tomorrow noon                       | add "call mom" due=2026-11-23T12:00
                call mom friday midnight                     | add "call mom" due=2026-11-27T23:59
                call mom tomorrow at 9                       | add "call mom" due=2026-11-23T09:00
                call mom at 3pm friday                       | add "call mom" due=2026-11-27T15:00
                call mom tomorrow morning                    | add "call mom" due=2026-11-23T09:00
                call mom tomorrow afternoon                  | add "call mom" due=2026-11-23T15:00
                call mom tomorrow evening                    | add "call mom" due=2026-11-23T19:00
                call mom tomorrow night                      | add "call mom" due=2026-11-23T20:00
                call mom this morning                        | add "call mom" due=2026-11-22T09:00
                call mom this afternoon                      | add "call mom" due=2026-11-22T15:00
                call mom this evening                        | add "call mom" due=2026-11-22T19:00
                call mom in the evening                      | add "call mom" due=2026-11-22T19:00
                call mom in the morning                      | add "call mom" due=2026-11-23T09:00
                call mom tonight at 9                        | add "call mom" due=2026-11-22T21:00
                call mom tonight at 11pm                     | add "call mom" due=2026-11-22T23:00
                call mom tomorrow evening at 8               | add "call mom" due=2026-11-23T20:00
                call mom at 9 in the evening                 | add "call mom" due=2026-11-22T21:00
                call mom 25:00                               | add "call mom 25:00"
                dinner at tonight                            | add "dinner" due=2026-11-22T20:00

                -- repetition: a repeating task without a date is due on its first occurrence from now on
                water plants every day                       | add "water plants" due=2026-11-22 rrule=FREQ=DAILY
                water plants daily                           | add "water plants" due=2026-11-22 rrule=FREQ=DAILY
                water plants everyday                        | add "water plants" due=2026-11-22 rrule=FREQ=DAILY
                standup every weekday at 9:30                | add "standup" due=2026-11-23T09:30 rrule=FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR
                clean up every weekend                       | add "clean up" due=2026-11-22 rrule=FREQ=WEEKLY;BYDAY=SA,SU
                team call every monday                       | add "team call" due=2026-11-23 rrule=FREQ=WEEKLY;BYDAY=MO
                gym every sunday                             | add "gym" due=2026-11-22 rrule=FREQ=WEEKLY;BYDAY=SU
                gym every mon and thu at 7am                 | add "gym" due=2026-11-23T07:00 rrule=FREQ=WEEKLY;BYDAY=MO,TH
                gym every monday, wednesday and friday       | add "gym" due=2026-11-23 rrule=FREQ=WEEKLY;BYDAY=MO,WE,FR
                gym on mondays                               | add "gym" due=2026-11-23 rrule=FREQ=WEEKLY;BYDAY=MO
                gym tuesdays and thursdays                   | add "gym" due=2026-11-24 rrule=FREQ=WEEKLY;BYDAY=TU,TH
                review every 2 weeks                         | add "review" due=2026-11-22 rrule=FREQ=WEEKLY;INTERVAL=2
                review every other week                      | add "review" due=2026-11-22 rrule=FREQ=WEEKLY;INTERVAL=2
                review every 2 weeks on friday               | add "review" due=2026-11-27 rrule=FREQ=WEEKLY;INTERVAL=2;BYDAY=FR
                review every other friday                    | add "review" due=2026-11-27 rrule=FREQ=WEEKLY;INTERVAL=2;BYDAY=FR
                water plants every other day                 | add "water plants" due=2026-11-22 rrule=FREQ=DAILY;INTERVAL=2
                water plants every 3 days                    | add "water plants" due=2026-11-22 rrule=FREQ=DAILY;INTERVAL=3
                pay rent every month on the 1st at 9am       | add "pay rent" due=2026-12-01T09:00 rrule=FREQ=MONTHLY;BYMONTHDAY=1
                pay rent every month on the 1st at 9am #home p1 | add "pay rent" due=2026-12-01T09:00 p=urgent #home rrule=FREQ=MONTHLY;BYMONTHDAY=1
                pay rent monthly on the 1st                  | add "pay rent" due=2026-12-01 rrule=FREQ=MONTHLY;BYMONTHDAY=1
                pay rent every 1st of the month              | add "pay rent" due=2026-12-01 rrule=FREQ=MONTHLY;BYMONTHDAY=1
                pay rent every month                         | add "pay rent" due=2026-11-22 rrule=FREQ=MONTHLY
                book club every 3rd friday                   | add "book club" due=2026-12-18 rrule=FREQ=MONTHLY;BYDAY=3FR
                book club every last friday                  | add "book club" due=2026-11-27 rrule=FREQ=MONTHLY;BYDAY=-1FR
                book club every first monday of the month    | add "book club" due=2026-12-07 rrule=FREQ=MONTHLY;BYDAY=1MO
                invoice every last day of the month          | add "invoice" due=2026-11-30 rrule=FREQ=MONTHLY;BYMONTHDAY=-1
                invoice every month on the last day          | add "invoice" due=2026-11-30 rrule=FREQ=MONTHLY;BYMONTHDAY=-1
                invoice every 31st                           | add "invoice" due=2026-12-31 rrule=FREQ=MONTHLY;BYMONTHDAY=31
                birthday every year                          | add "birthday" due=2026-11-22 rrule=FREQ=YEARLY
                christmas every dec 25                       | add "christmas" due=2026-12-25 rrule=FREQ=YEARLY;BYMONTH=12;BYMONTHDAY=25
                taxes yearly on apr 30                       | add "taxes" due=2027-04-30 rrule=FREQ=YEARLY;BYMONTH=4;BYMONTHDAY=30
                water plants weekly                          | add "water plants" due=2026-11-22 rrule=FREQ=WEEKLY
                review annually                              | add "review" due=2026-11-22 rrule=FREQ=YEARLY
                weekly review every friday                   | add "weekly review" due=2026-11-27 rrule=FREQ=WEEKLY;BYDAY=FR
                stretch every morning                        | add "stretch" due=2026-11-23T09:00 rrule=FREQ=DAILY
                journal every evening                        | add "journal" due=2026-11-22T19:00 rrule=FREQ=DAILY
                water plants every! 3 days                   | add "water plants" due=2026-11-22 rrule=FREQ=DAILY;INTERVAL=3 every!
                water plants every 3 days after completion   | add "water plants" due=2026-11-22 rrule=FREQ=DAILY;INTERVAL=3 every!
                haircut every! 4 weeks                       | add "haircut" due=2026-11-22 rrule=FREQ=WEEKLY;INTERVAL=4 every!
                physio every day until dec 31                | add "physio" due=2026-11-22 rrule=FREQ=DAILY;UNTIL=20261231
                physio every day until 2027-01-15            | add "physio" due=2026-11-22 rrule=FREQ=DAILY;UNTIL=20270115
                physio every day for 5 times                 | add "physio" due=2026-11-22 rrule=FREQ=DAILY;COUNT=5
                physio every monday 10 times                 | add "physio" due=2026-11-23 rrule=FREQ=WEEKLY;BYDAY=MO;COUNT=10
                physio every monday at 8am until dec 31 #health p2 | add "physio" due=2026-11-23T08:00 p=high #health rrule=FREQ=WEEKLY;BYDAY=MO;UNTIL=20261231
                swim every monday starting dec 7             | add "swim" due=2026-12-07 rrule=FREQ=WEEKLY;BYDAY=MO
                every friday pay rent                        | add "pay rent" due=2026-11-27 rrule=FREQ=WEEKLY;BYDAY=FR
                every time I forget                          | add "every time I forget"
                every hour drink water                       | add "every hour drink water"
                wait until friday                            | add "wait" due=2026-11-27

                -- reminders
                call mom friday 6pm remind me 30 min before  | add "call mom" due=2026-11-27T18:00 remind=-PT30M
                call mom friday 6pm remind me 1 hour before  | add "call mom" due=2026-11-27T18:00 remind=-PT1H
                call mom friday 6pm remind me an hour earlier | add "call mom" due=2026-11-27T18:00 remind=-PT1H
                dentist friday 3pm remind me the day before  | add "dentist" due=2026-11-27T15:00 remind=-PT24H
                dentist friday 3pm remind me at 8am          | add "dentist" due=2026-11-27T15:00 remind=2026-11-27T08:00
                dentist friday 3pm remind me                 | add "dentist" due=2026-11-27T15:00 remind=due
                dentist friday remind me                     | add "dentist" due=2026-11-27 remind=2026-11-27T09:00
                dentist friday 3pm with a reminder 2 hours before | add "dentist" due=2026-11-27T15:00 remind=-PT2H
                dentist friday 3pm reminder 15m before       | add "dentist" due=2026-11-27T15:00 remind=-PT15M
                dentist remind me at 8am                     | add "dentist" remind=2026-11-23T08:00
                dentist remind me at 5pm                     | add "dentist" remind=2026-11-22T17:00
                dentist friday 3pm remind me thursday at 6pm | add "dentist" due=2026-11-27T15:00 remind=2026-11-26T18:00
                buy reminder cards                           | add "buy reminder cards"
                remind me 30 min before                      | update it remind=-PT30M
                remind me at 8am                             | update it remind=2026-11-23T08:00
                remind me about the dentist 30 min before    | update "dentist" remind=-PT30M
                remind me about it at 7pm                    | update it remind=2026-11-22T19:00
                remind me about the dentist                  | update "dentist" remind=due

                -- quotes keep text literal
                add "meet at 9 for 5 minutes"                | add "meet at 9 for 5 minutes"
                meet at 9 for 5 minutes                      | add "meet for 5 minutes" due=2026-11-23T09:00
                "buy 2 apples tomorrow"                      | add "buy 2 apples tomorrow"
                add "call mom" tomorrow at 6pm #family       | add "call mom" due=2026-11-23T18:00 #family
                add “read chapter 1 tonight” p2              | add "read chapter 1 tonight" p=high
                "done"                                       | add "done"
                done "buy milk tomorrow"                     | complete "buy milk tomorrow"
                rename it to "Meet at 9"                     | update it title="Meet at 9"

                -- whole words only; numbers and ordinals in a title stay text
                Renovation planning                          | add "Renovation planning"
                Monday.com migration                         | add "Monday.com migration"
                decorate the house                           | add "decorate the house"
                marching band practice                       | add "marching band practice"
                buy 2 apples                                 | add "buy 2 apples"
                buy 12 eggs tomorrow                         | add "buy 12 eggs" due=2026-11-23
                buy 2 apples at 5pm                          | add "buy 2 apples" due=2026-11-22T17:00
                read the 9/11 report                         | add "read the 9/11 report"
                fix the 2nd floor light                      | add "fix the 2nd floor light"
                fix the 2nd floor light tomorrow             | add "fix the 2nd floor light" due=2026-11-23
                update the 1st chapter                       | add "update the 1st chapter"
                room 101 at 3pm                              | add "room 101" due=2026-11-22T15:00
                version 2.10 release                         | add "version 2.10 release"
                call 911                                     | add "call 911"
                morning run                                  | add "morning run"
                go for a morning run tomorrow                | add "go for a morning run" due=2026-11-23

                -- complete
                done buy milk                                | complete "buy milk"
                done buy milk.                               | complete "buy milk"
                done 2                                       | complete #2
                done id:42                                   | complete id:42
                mark id:42 done                              | complete id:42
                done ID: 9                                   | complete id:9
                reopen id:42                                 | reopen id:42
                delete id:7                                  | delete id:7
                done #2                                      | complete #2
                done #2                                      | complete #2
                done number 2                                | complete #2
                done the second one                          | complete #2
                complete 2                                   | complete #2
                complete task 4                              | complete #4
                finished it                                  | complete it
                done                                         | complete it
                done!                                        | complete it
                done that                                    | complete it
                done with the dentist task                   | complete "dentist"
                mark the dentist task done                   | complete "dentist"
                mark 3 as done                               | complete #3
                mark it as complete                          | complete it
                check off buy milk                           | complete "buy milk"
                i did the laundry                            | complete "laundry"
                I've done 2                                  | complete #2
                complete the tax return                      | complete "tax return"
                finish the report                            | complete "report"
                finish the tuesday report                    | complete "tuesday report"
                complete tax return by friday                | add "complete tax return" due=2026-11-27
                finish report tomorrow                       | add "finish report" due=2026-11-23

                -- reopen
                reopen buy milk                              | reopen "buy milk"
                reopen 2                                     | reopen #2
                reopen                                       | reopen it
                reopen it                                    | reopen it
                mark 2 as not done                           | reopen #2
                mark the dentist task undone                 | reopen "dentist"
                mark it as not complete                      | reopen it
                mark as todo                                 | reopen it
                uncomplete buy milk                          | reopen "buy milk"

                -- delete
                delete the dentist task                      | delete "dentist"
                delete 3                                     | delete #3
                delete it                                    | delete it
                remove buy milk                              | delete "buy milk"
                trash that                                   | delete it
                get rid of the gym task                      | delete "gym"
                delete the tuesday meeting                   | delete "tuesday meeting"
                delete                                       | unrecognized
                remove #home from dentist                    | unrecognized

                -- update: move, rename, priority, tags, repetition
                move dentist to friday 3pm                   | update "dentist" due=2026-11-27T15:00
                move it to tomorrow                          | update it due=2026-11-23
                move 2 to next monday                        | update #2 due=2026-11-23
                reschedule the dentist for friday            | update "dentist" due=2026-11-27
                postpone it to dec 1                         | update it due=2026-12-01
                push it to 5pm                               | update it due=2026-11-22T17:00
                move it to 3pm                               | update it due=2026-11-22T15:00
                move trip to paris to friday                 | update "trip to paris" due=2026-11-27
                move dentist to friday 3pm and make it urgent | update "dentist" due=2026-11-27T15:00 p=urgent
                move couch tomorrow                          | add "move couch" due=2026-11-23
                move couch to the garage                     | add "move couch to the garage"
                postpone the dentist by 2 days               | unrecognized
                rename buy milk to buy oat milk              | update "buy milk" title="buy oat milk"
                rename it to Pay rent tomorrow #home         | update it title="Pay rent tomorrow #home"
                rename 2 as Call the plumber                 | update #2 title="Call the plumber"
                rename files in the folder                   | add "rename files in the folder"
                make it urgent                               | update it p=urgent
                make the dentist task high priority          | update "dentist" p=high
                make 2 p1                                    | update #2 p=urgent
                make dentist urgent                          | update "dentist" p=urgent
                set it to low priority                       | update it p=low
                set 2 to p3                                  | update #2 p=medium
                make it no priority                          | update it p=none
                mark dentist as urgent                       | update "dentist" p=urgent
                make it due friday                           | update it due=2026-11-27
                make dinner tonight                          | add "make dinner" due=2026-11-22T20:00
                make dinner every friday                     | add "make dinner" due=2026-11-27 rrule=FREQ=WEEKLY;BYDAY=FR
                set table for 6                              | add "set table for 6"
                set up meeting with bob tomorrow             | add "set up meeting with bob" due=2026-11-23
                change oil tomorrow                          | add "change oil" due=2026-11-23
                mark exams by friday                         | add "mark exams" due=2026-11-27
                tag it #home                                 | update it +#home
                tag the dentist task #health #admin          | update "dentist" +#health +#admin
                tag 2 with #errands                          | update #2 +#errands
                tag dentist as health                        | update "dentist" +#health
                add #home to it                              | update it +#home
                add #home #errands to the dentist task       | update "dentist" +#home +#errands
                tag photos from the trip                     | add "tag photos from the trip"
                untag it #home                               | unrecognized
                every monday                                 | update it rrule=FREQ=WEEKLY;BYDAY=MO
                every day at 9am                             | update it due=2026-11-23T09:00 rrule=FREQ=DAILY
                daily                                        | update it rrule=FREQ=DAILY
                every! 2 weeks                               | update it rrule=FREQ=WEEKLY;INTERVAL=2 every!
                every monday #gym                            | update it +#gym rrule=FREQ=WEEKLY;BYDAY=MO
                make it every monday                         | update it rrule=FREQ=WEEKLY;BYDAY=MO
                make it repeat every monday at 9am           | update it due=2026-11-23T09:00 rrule=FREQ=WEEKLY;BYDAY=MO
                repeat it every month on the 1st             | update it rrule=FREQ=MONTHLY;BYMONTHDAY=1
                repeat 2 weekly                              | update #2 rrule=FREQ=WEEKLY

                -- list and query (ranges start today; "this week" is the coming seven days, also on a Sunday)
                what's due this week?                        | list open from=2026-11-22 to=2026-11-28 (due this week)
                what's due today                             | list open from=2026-11-22 to=2026-11-22 (due today)
                today                                        | list open from=2026-11-22 to=2026-11-22 (due today)
                tomorrow                                     | list open from=2026-11-23 to=2026-11-23 (due tomorrow)
                what’s due tomorrow?                         | list open from=2026-11-23 to=2026-11-23 (due tomorrow)
                what's due next week                         | list open from=2026-11-23 to=2026-11-29 (due next week)
                what do I have today                         | list open from=2026-11-22 to=2026-11-22 (due today)
                anything due friday?                         | list open from=2026-11-27 to=2026-11-27 (due Fri 27 Nov)
                show tasks due dec 1                         | list open from=2026-12-01 to=2026-12-01 (due Tue 1 Dec)
                what's due this month                        | list open from=2026-11-22 to=2026-11-30 (due this month)
                what's due next month                        | list open from=2026-12-01 to=2026-12-31 (due next month)
                show the next 7 days                         | list open from=2026-11-22 to=2026-11-28 (due in the next 7 days)
                what's due by friday                         | list open to=2026-11-27 (due by Fri 27 Nov)
                overdue                                      | list open to=2026-11-22 overdue (overdue)
                what's overdue?                              | list open to=2026-11-22 overdue (overdue)
                which tasks are overdue                      | list open to=2026-11-22 overdue (overdue)
                overdue #work                                | list open #work to=2026-11-22 overdue (overdue, tagged #work)
                what's urgent                                | list open p=urgent (urgent)
                urgent                                       | list open p=urgent (urgent)
                show urgent tasks                            | list open p=urgent (urgent)
                show high priority tasks                     | list open p=high (high priority)
                p2                                           | list open p=high (high priority)
                show #work tasks                             | list open #work (tagged #work)
                #work                                        | list open #work (tagged #work)
                tomorrow #home                               | list open #home from=2026-11-23 to=2026-11-23 (tagged #home, due tomorrow)
                show urgent #work tasks due next week        | list open p=urgent #work from=2026-11-23 to=2026-11-29 (urgent, tagged #work, due next week)
                list done tasks                              | list completed (completed)
                show completed tasks                         | list completed (completed)
                what did I finish                            | list completed (completed)
                show everything                              | list all (all, done or not)
                tasks                                        | list open (open)
                list                                         | list open (open)
                show my tasks                                | list open (open)
                my tasks                                     | list open (open)
                please show my tasks                         | list open (open)
                what's next                                  | list open (open)
                show tasks with no priority                  | list open p=none (no priority)
                find dentist                                 | list open text="dentist" (matching "dentist")
                search for tax                               | list open text="tax" (matching "tax")
                show dentist tasks                           | list open text="dentist" (matching "dentist")

                -- help, undo, and what it does not understand
                help                                         | help
                HELP                                         | help
                ?                                            | help
                what can you do?                             | help
                can you help                                 | help
                undo                                         | undo
                Undo!                                        | undo
                undo that                                    | undo
                oops                                         | undo
                hello                                        | unrecognized
                thanks                                       | unrecognized
                yes                                          | unrecognized
                what's the weather                           | unrecognized
                how are you?                                 | unrecognized
                when is the dentist?                         | unrecognized
                tomorrow 9am                                 | unrecognized
                friday 3pm #home p1                          | unrecognized
                add                                          | unrecognized
                add tomorrow                                 | unrecognized
                add #home p1                                 | unrecognized
                rename                                       | unrecognized
                remind me                                    | unrecognized
                -                                            | unrecognized
                """);
    }

    static Stream<Arguments> otherDaysAndZones() {
        return GrammarCases.read("""
                -- a Wednesday afternoon: weekday names, "this"/"next", and ranges that are more than one day
                @ 2026-11-25T17:30 Europe/Berlin
                pay bills wednesday                          | add "pay bills" due=2026-12-02
                pay bills this wednesday                     | add "pay bills" due=2026-11-25
                pay bills friday                             | add "pay bills" due=2026-11-27
                pay bills next friday                        | add "pay bills" due=2026-12-04
                pay bills monday                             | add "pay bills" due=2026-11-30
                pay bills next monday                        | add "pay bills" due=2026-11-30
                pay bills this weekend                       | add "pay bills" due=2026-11-28
                pay bills next weekend                       | add "pay bills" due=2026-12-05
                pay bills this week                          | add "pay bills" due=2026-11-29
                pay bills next week                          | add "pay bills" due=2026-11-30
                call mom at 5pm                              | add "call mom" due=2026-11-26T17:00
                call mom at 6pm                              | add "call mom" due=2026-11-25T18:00
                move it to 5pm                               | update it due=2026-11-26T17:00
                gym every wednesday                          | add "gym" due=2026-11-25 rrule=FREQ=WEEKLY;BYDAY=WE
                gym every wednesday at 7pm                   | add "gym" due=2026-11-25T19:00 rrule=FREQ=WEEKLY;BYDAY=WE
                gym every wednesday at 8am                   | add "gym" due=2026-12-02T08:00 rrule=FREQ=WEEKLY;BYDAY=WE
                book club every 4th wednesday                | add "book club" due=2026-11-25 rrule=FREQ=MONTHLY;BYDAY=4WE
                pay bills the 25th at 9am                    | add "pay bills" due=2026-12-25T09:00
                pay bills the 25th at 6pm                    | add "pay bills" due=2026-11-25T18:00
                pay bills nov 25 at 9am                      | add "pay bills" due=2027-11-25T09:00
                what's due this week?                        | list open from=2026-11-25 to=2026-12-01 (due this week)
                what's due next week                         | list open from=2026-11-30 to=2026-12-06 (due next week)
                this weekend                                 | list open from=2026-11-28 to=2026-11-29 (due this weekend)
                overdue                                      | list open to=2026-11-25 overdue (overdue)

                -- the first of the month: "pay rent every month on the 1st at 9am" is today before 9am
                @ 2026-12-01T08:00 Europe/Berlin
                pay rent every month on the 1st at 9am       | add "pay rent" due=2026-12-01T09:00 rrule=FREQ=MONTHLY;BYMONTHDAY=1
                pay rent the 1st at 9am                      | add "pay rent" due=2026-12-01T09:00
                @ 2026-12-01T10:00 Europe/Berlin
                pay rent every month on the 1st at 9am       | add "pay rent" due=2027-01-01T09:00 rrule=FREQ=MONTHLY;BYMONTHDAY=1
                pay rent the 1st at 9am                      | add "pay rent" due=2027-01-01T09:00
                pay rent every month on the 1st              | add "pay rent" due=2026-12-01 rrule=FREQ=MONTHLY;BYMONTHDAY=1

                -- New York, early on the same Sunday (10:00 UTC is 05:00 there)
                @ 2026-11-22T05:00 America/New_York
                call mom at 9                                | add "call mom" due=2026-11-22T09:00
                call mom 6am                                 | add "call mom" due=2026-11-22T06:00
                call mom at 5                                | add "call mom" due=2026-11-23T05:00
                stretch every morning                        | add "stretch" due=2026-11-22T09:00 rrule=FREQ=DAILY
                remind me to call mom at noon                | add "call mom" due=2026-11-22T12:00 remind=due
                call back in 2 hours                         | add "call back" due=2026-11-22T07:00
                what's due today                             | list open from=2026-11-22 to=2026-11-22 (due today)
                overdue                                      | list open to=2026-11-22 overdue (overdue)

                -- one instant, two zones: Sunday 22:00 in New York is Monday 04:00 in Berlin
                @ 2026-11-22T22:00 America/New_York
                pay bills today                              | add "pay bills" due=2026-11-22
                pay bills tomorrow                           | add "pay bills" due=2026-11-23
                pay bills monday                             | add "pay bills" due=2026-11-23
                call mom at 9                                | add "call mom" due=2026-11-23T09:00
                call mom tonight                             | add "call mom" due=2026-11-22T20:00
                what's due today                             | list open from=2026-11-22 to=2026-11-22 (due today)
                @ 2026-11-23T04:00 Europe/Berlin
                pay bills today                              | add "pay bills" due=2026-11-23
                pay bills tomorrow                           | add "pay bills" due=2026-11-24
                pay bills monday                             | add "pay bills" due=2026-11-30
                call mom at 9                                | add "call mom" due=2026-11-23T09:00
                what's due today                             | list open from=2026-11-23 to=2026-11-23 (due today)
                """);
    }

    static Stream<Arguments> daylightSavingAndYearEnd() {
        return GrammarCases.read("""
                -- Berlin springs forward at 02:00 on Sun 28 Mar 2027: 02:30 does not exist that day. The due
                -- keeps the local 02:30 (Due.instantIn moves it to 03:30); "in 6 hours" is six real hours.
                @ 2027-03-27T21:00 Europe/Berlin
                call mom tomorrow at 2:30am                  | add "call mom" due=2027-03-28T02:30
                call mom tomorrow at 3am                     | add "call mom" due=2027-03-28T03:00
                call mom at 2:30                             | add "call mom" due=2027-03-28T02:30
                call mom in 2 hours                          | add "call mom" due=2027-03-27T23:00
                call mom in 6 hours                          | add "call mom" due=2027-03-28T04:00
                backup every day at 2:30am                   | add "backup" due=2027-03-28T02:30 rrule=FREQ=DAILY
                what's due tomorrow                          | list open from=2027-03-28 to=2027-03-28 (due tomorrow)
                -- New York falls back at 02:00 on Sun 1 Nov 2026: 01:00 to 02:00 happens twice
                @ 2026-10-31T12:00 America/New_York
                call mom tomorrow at 1:30am                  | add "call mom" due=2026-11-01T01:30
                call mom tomorrow at 2:30am                  | add "call mom" due=2026-11-01T02:30
                call mom in 13 hours                         | add "call mom" due=2026-11-01T01:00
                call mom in 14 hours                         | add "call mom" due=2026-11-01T01:00
                call mom in 15 hours                         | add "call mom" due=2026-11-01T02:00

                -- New Year's Eve, 15:00: dates without a year roll over into 2027
                @ 2026-12-31T15:00 Europe/Berlin
                pay bills dec 31                             | add "pay bills" due=2026-12-31
                pay bills dec 31 at 6pm                      | add "pay bills" due=2026-12-31T18:00
                pay bills dec 31 at 9am                      | add "pay bills" due=2027-12-31T09:00
                pay bills jan 5                              | add "pay bills" due=2027-01-05
                pay bills dec 1                              | add "pay bills" due=2027-12-01
                pay bills tomorrow                           | add "pay bills" due=2027-01-01
                pay bills in 3 days                          | add "pay bills" due=2027-01-03
                pay bills in 2 weeks                         | add "pay bills" due=2027-01-14
                pay bills next week                          | add "pay bills" due=2027-01-04
                pay bills next month                         | add "pay bills" due=2027-01-01
                pay bills next year                          | add "pay bills" due=2027-01-01
                pay bills end of year                        | add "pay bills" due=2026-12-31
                pay bills this weekend                       | add "pay bills" due=2027-01-02
                pay bills friday                             | add "pay bills" due=2027-01-01
                pay bills thursday                           | add "pay bills" due=2027-01-07
                pay bills the 1st                            | add "pay bills" due=2027-01-01
                pay bills the 31st at 9am                    | add "pay bills" due=2027-01-31T09:00
                call mom at 9                                | add "call mom" due=2027-01-01T09:00
                happy new year party tonight                 | add "happy new year party" due=2026-12-31T20:00
                pay rent every month on the 1st at 9am       | add "pay rent" due=2027-01-01T09:00 rrule=FREQ=MONTHLY;BYMONTHDAY=1
                birthday every jan 5                         | add "birthday" due=2027-01-05 rrule=FREQ=YEARLY;BYMONTH=1;BYMONTHDAY=5
                what's due this week                         | list open from=2026-12-31 to=2027-01-06 (due this week)
                what's due next month                        | list open from=2027-01-01 to=2027-01-31 (due next month)
                anything due jan 2?                          | list open from=2027-01-02 to=2027-01-02 (due Sat 2 Jan 2027)
                -- early December: "jan 5" is next year's
                @ 2026-12-10T10:00 Europe/Berlin
                pay bills jan 5                              | add "pay bills" due=2027-01-05
                pay bills in 4 weeks                         | add "pay bills" due=2027-01-07
                """);
    }
}
