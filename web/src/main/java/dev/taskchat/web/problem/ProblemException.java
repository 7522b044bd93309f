package dev.taskchat.web.problem;

/** An error found by the web layer itself (a body that is not JSON, a bad header), with its problem type. */
public class ProblemException extends RuntimeException {
    private final ProblemType type;

    public ProblemException(ProblemType type, String detail) {
        super(detail);
        this.type = type;
    }

    public ProblemType type() {
        return type;
    }

    public Problem toProblem() {
        return Problem.of(type, getMessage());
    }
}
