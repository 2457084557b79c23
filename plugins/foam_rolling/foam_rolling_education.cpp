// Patient education from the article, in our own plain words.
#include "foam_rolling.hpp"

namespace motus::plugins::foam_rolling {

std::vector<sdk::EducationTopic> education() {
  return {
      {
          .id = "benefits",
          .title = "What foam rolling can do for you",
          .points =
              {
                  "The pressure of the roller brings more blood to sore spots. This helps them heal and relax.",
                  "It gently moves the joints of your upper back. These joints often get stiff from sitting and "
                  "slouching.",
                  "It loosens tight muscles, so you can move more freely and feel less sore.",
                  "Slow rolling can ease tight spots in the tissue that wraps around your muscles.",
                  "A round roller makes your body work to stay steady. That builds balance and core strength.",
                  "Moving better, standing taller and getting stronger can all mean less pain.",
              },
      },
      {
          .id = "when-how-often",
          .title = "When and how often to roll",
          .points =
              {
                  "Aim for 10 to 15 minutes, 1 to 4 times a day.",
                  "While you are healing from an injury, your therapist may ask you to roll up to 4 times a day.",
                  "If you are new to it, start with one 5-minute session. Stay no more than 30 seconds on any one "
                  "spot. Add time little by little.",
                  "Good times to roll: before exercise to warm up, after exercise to recover, and before bed to "
                  "relax.",
                  "Rolling right after a warm shower or bath works well, because your muscles are warm and loose.",
                  "A short roll during a work break helps reset your posture.",
              },
      },
      {
          .id = "dos-and-donts",
          .title = "Do's and don'ts",
          .points =
              {
                  "Do notice spots that feel lumpy or tight. Spend a little extra time on them.",
                  "Do move slowly, stay relaxed and take deep breaths.",
                  "A little discomfort is okay, as long as you stay in control.",
                  "Heat, ice, massage, a TENS unit or pain cream can also help you relax and heal.",
                  "Don't roll over your neck, low back, knees, ankles or elbows. Stay on muscle.",
                  "Don't push through pain. Stop if your pain grows or you feel uneasy.",
                  "Never keep going with sharp or shooting pain.",
                  "Ask your therapist if you are not sure about an exercise.",
              },
      },
      {
          .id = "choosing-a-roller",
          .title = "Choosing a foam roller",
          .points =
              {
                  "For the upper back, a smooth and firm roller works best.",
                  "A good size is about 6 inches (15 cm) across and 36 inches (90 cm) long.",
                  "The long size lets you lie along it for the chest and shoulder exercises.",
                  "If firm pressure hurts, pick a softer roller.",
                  "Bumpy or ridged rollers are harder to use on the upper back.",
              },
      },
      {
          .id = "when-not-to-roll",
          .title = "When not to foam roll",
          .points =
              {
                  "You have osteoporosis (weak bones). The pressure could break a bone.",
                  "You were hurt, for example in a car crash or a fall, and a doctor has not yet checked for a "
                  "broken bone or spine injury.",
                  "You cannot relax your back muscles. Rolling will likely make things worse.",
                  "You have active cancer in the area.",
                  "You have new numbness, shooting pain or weakness in your arms or legs. Call your doctor.",
                  "You had surgery a short time ago. Ask your surgeon first.",
              },
      },
      {
          .id = "why-not-low-back",
          .title = "Why we leave out the low back",
          .points =
              {
                  "Your ribs and shoulder blades shield your upper back, so rolling there is safe.",
                  "Your low back has no ribs around it. Only your muscles hold it steady.",
                  "Pressing a roller into the low back can strain the organs inside, like the kidneys.",
                  "Rolling the low back also tends to feel bad. Your therapist can give you other exercises for "
                  "it.",
              },
      },
  };
}

}  // namespace motus::plugins::foam_rolling
