namespace WearableAI.Shared.Models
{
    /// <summary>The outcome of <see cref="ModelBlobLoader"/>: a model, or the reason it was refused.</summary>
    public sealed class ModelBlobLoadResult
    {
        private readonly WatchModel? _model;
        private readonly ModelBlobError _error;
        private readonly string _message;

        /// <summary>Creates a result.</summary>
        /// <param name="model">The model when valid, else null.</param>
        /// <param name="error">The reason, <see cref="ModelBlobError.None"/> when valid.</param>
        /// <param name="message">One sentence for logs and users.</param>
        public ModelBlobLoadResult(WatchModel? model, ModelBlobError error, string message)
        {
            _model = model;
            _error = error;
            _message = message;
        }

        /// <summary>The loaded model, or null when refused.</summary>
        public WatchModel? Model
        {
            get { return _model; }
        }

        /// <summary>Why the blob was refused, or <see cref="ModelBlobError.None"/>.</summary>
        public ModelBlobError Error
        {
            get { return _error; }
        }

        /// <summary>A sentence saying what was wrong (or "ok").</summary>
        public string Message
        {
            get { return _message; }
        }

        /// <summary>True when the blob was accepted.</summary>
        public bool IsValid
        {
            get { return _error == ModelBlobError.None; }
        }
    }
}
